import type { Rubric } from './rubric-schema.js';

/**
 * The default rubrics, bundled so core needs no file I/O. The YAML files in packages/core/rubrics/ are the
 * editable source; default-rubrics.test.ts fails when the two differ.
 */
export const DEFAULT_RUBRICS: readonly Rubric[] = [
  {
    "id": "support-default",
    "version": 1,
    "name": "Customer support",
    "callTypes": [
      "support",
      "service",
      "default"
    ],
    "passThreshold": 70,
    "sections": [
      {
        "id": "compliance",
        "name": "Compliance",
        "weight": 2,
        "criteria": [
          {
            "id": "recording_disclosure",
            "label": "Recording disclosure read in the opening",
            "weight": 1,
            "kind": "script",
            "text": "this call may be recorded for quality and training purposes",
            "threshold": 0.8,
            "withinFirstMs": 60000,
            "compliance": true,
            "autoFail": true,
            "anchors": {
              "good": "The disclosure is read word for word within the first minute.",
              "poor": "The disclosure is skipped, paraphrased beyond recognition, or read late."
            }
          },
          {
            "id": "identity_verified",
            "label": "Verifies the caller before discussing the account",
            "weight": 1,
            "kind": "intent",
            "phrases": [
              "can I verify your date of birth",
              "can you verify the date of birth on the account",
              "can you confirm the name on the account",
              "could I have the account holder's name",
              "for security can you confirm your address",
              "can I get the last four digits",
              "could you give me the last four digits of the card on file",
              "what is the email address on the account",
              "could you confirm the billing zip code",
              "can I get the name the account is under",
              "may I have your full name",
              "can I get your full name",
              "could you give me the email on file",
              "could you give me the zip code on the account"
            ],
            "threshold": 0.7,
            "compliance": true
          }
        ]
      },
      {
        "id": "connection",
        "name": "Connection",
        "weight": 3,
        "criteria": [
          {
            "id": "greeting",
            "label": "Greets the customer",
            "weight": 1,
            "kind": "behavior_present",
            "behavior": "greeting",
            "stage": "opening"
          },
          {
            "id": "empathy",
            "label": "Acknowledges the customer's situation",
            "weight": 2,
            "kind": "behavior_present",
            "behavior": "empathy",
            "na": {
              "when": {
                "signalAbsent": "complaint"
              }
            },
            "anchors": {
              "good": "Names the customer's frustration before moving to the fix.",
              "poor": "Moves straight to policy or process."
            }
          },
          {
            "id": "no_dismissive_acknowledgment",
            "label": "No dismissive acknowledgments",
            "weight": 1,
            "kind": "behavior_absent",
            "behavior": "dismissive_acknowledgment"
          },
          {
            "id": "no_blame_shift",
            "label": "Does not blame the customer or other teams",
            "weight": 1,
            "kind": "behavior_absent",
            "behavior": "blame_shift"
          }
        ]
      },
      {
        "id": "resolution",
        "name": "Resolution",
        "weight": 3,
        "criteria": [
          {
            "id": "ownership",
            "label": "Takes ownership of the issue",
            "weight": 2,
            "kind": "behavior_present",
            "behavior": "ownership"
          },
          {
            "id": "resolution_check",
            "label": "Checks the issue is resolved",
            "weight": 1,
            "kind": "behavior_present",
            "behavior": "resolution_check"
          },
          {
            "id": "customer_exit_positive",
            "label": "Customer leaves the call at least neutral",
            "weight": 2,
            "kind": "sentiment",
            "check": "customer.exit >= 0"
          }
        ]
      },
      {
        "id": "call_handling",
        "name": "Call handling",
        "weight": 1,
        "criteria": [
          {
            "id": "hold_etiquette",
            "label": "Asks before placing on hold",
            "weight": 1,
            "kind": "behavior_absent",
            "behavior": "hold_without_permission",
            "na": {
              "when": {
                "stageAbsent": "hold"
              }
            }
          },
          {
            "id": "dead_air",
            "label": "No long silences",
            "weight": 1,
            "kind": "characteristic",
            "metric": "max_dead_air_ms",
            "max": 20000
          },
          {
            "id": "talk_balance",
            "label": "Lets the customer talk",
            "weight": 1,
            "kind": "characteristic",
            "metric": "agent_talk_share",
            "max": 0.7
          },
          {
            "id": "interruptions",
            "label": "Rarely talks over the customer",
            "weight": 1,
            "kind": "characteristic",
            "metric": "agent_interruptions",
            "max": 2
          }
        ]
      }
    ]
  },
  {
    "id": "sales-default",
    "version": 1,
    "name": "Sales",
    "callTypes": [
      "sales",
      "outbound_sales"
    ],
    "passThreshold": 70,
    "sections": [
      {
        "id": "compliance",
        "name": "Compliance",
        "weight": 2,
        "criteria": [
          {
            "id": "recording_disclosure",
            "label": "Recording disclosure read in the opening",
            "weight": 1,
            "kind": "script",
            "text": "this call may be recorded for quality and training purposes",
            "threshold": 0.8,
            "withinFirstMs": 60000,
            "compliance": true,
            "autoFail": true
          },
          {
            "id": "pricing_disclosure",
            "label": "Pricing terms disclosed",
            "weight": 1,
            "kind": "script",
            "text": "prices do not include applicable taxes and fees",
            "threshold": 0.8,
            "stage": "pricing",
            "compliance": true,
            "na": {
              "when": {
                "stageAbsent": "pricing"
              }
            }
          }
        ]
      },
      {
        "id": "discovery",
        "name": "Discovery",
        "weight": 3,
        "criteria": [
          {
            "id": "greeting",
            "label": "Opens the call well",
            "weight": 1,
            "kind": "behavior_present",
            "behavior": "greeting",
            "stage": "opening"
          },
          {
            "id": "open_questions",
            "label": "Asks open questions to learn needs",
            "weight": 2,
            "kind": "behavior_present",
            "behavior": "open_question",
            "minCount": 2
          },
          {
            "id": "talk_balance",
            "label": "Listens more than pitches",
            "weight": 1,
            "kind": "characteristic",
            "metric": "agent_talk_share",
            "max": 0.65
          }
        ]
      },
      {
        "id": "pitch",
        "name": "Pitch and close",
        "weight": 3,
        "criteria": [
          {
            "id": "offers_options",
            "label": "Presents options",
            "weight": 2,
            "kind": "behavior_present",
            "behavior": "offers_options"
          },
          {
            "id": "objection_empathy",
            "label": "Acknowledges objections",
            "weight": 1,
            "kind": "behavior_present",
            "behavior": "empathy",
            "stage": "objection",
            "na": {
              "when": {
                "stageAbsent": "objection"
              }
            }
          },
          {
            "id": "no_jargon",
            "label": "Avoids jargon",
            "weight": 1,
            "kind": "behavior_absent",
            "behavior": "jargon",
            "maxCount": 1
          },
          {
            "id": "recap",
            "label": "Recaps what was agreed",
            "weight": 1,
            "kind": "behavior_present",
            "behavior": "recap"
          },
          {
            "id": "customer_not_declining",
            "label": "Customer sentiment does not decline",
            "weight": 1,
            "kind": "sentiment",
            "check": "customer.trend in [improving, slightly_improving, no_change]"
          }
        ]
      }
    ]
  },
  {
    "id": "retention-default",
    "version": 1,
    "name": "Retention",
    "callTypes": [
      "retention",
      "cancellation"
    ],
    "passThreshold": 70,
    "sections": [
      {
        "id": "compliance",
        "name": "Compliance",
        "weight": 2,
        "criteria": [
          {
            "id": "recording_disclosure",
            "label": "Recording disclosure read in the opening",
            "weight": 1,
            "kind": "script",
            "text": "this call may be recorded for quality and training purposes",
            "threshold": 0.8,
            "withinFirstMs": 60000,
            "compliance": true,
            "autoFail": true
          },
          {
            "id": "cancellation_honored",
            "label": "Confirms the customer can cancel if they still want to",
            "weight": 1,
            "kind": "intent",
            "phrases": [
              "I can cancel that for you today",
              "if you still want to cancel I will process it",
              "your cancellation has been processed"
            ],
            "threshold": 0.7,
            "compliance": true,
            "na": {
              "when": {
                "signalAbsent": "churn_intent"
              }
            }
          }
        ]
      },
      {
        "id": "save",
        "name": "Save attempt",
        "weight": 4,
        "criteria": [
          {
            "id": "empathy",
            "label": "Acknowledges why the customer wants to leave",
            "weight": 2,
            "kind": "behavior_present",
            "behavior": "empathy"
          },
          {
            "id": "discovery",
            "label": "Asks why before offering",
            "weight": 1,
            "kind": "behavior_present",
            "behavior": "open_question"
          },
          {
            "id": "offers_options",
            "label": "Offers options fitted to the reason",
            "weight": 2,
            "kind": "behavior_present",
            "behavior": "offers_options",
            "na": {
              "when": {
                "signalAbsent": "churn_intent"
              }
            }
          },
          {
            "id": "no_policy_first",
            "label": "Acknowledges before quoting policy",
            "weight": 1,
            "kind": "behavior_absent",
            "behavior": "policy_before_acknowledgment"
          }
        ]
      },
      {
        "id": "outcome",
        "name": "Customer outcome",
        "weight": 2,
        "criteria": [
          {
            "id": "recovery",
            "label": "Customer sentiment recovers or stays positive",
            "weight": 1,
            "kind": "composite",
            "subCriteria": [
              {
                "id": "customer_exit_ok",
                "label": "Customer exit sentiment at least neutral",
                "weight": 1,
                "kind": "sentiment",
                "check": "customer.exit >= 0"
              },
              {
                "id": "no_final_third_drop",
                "label": "No drop in the last third",
                "weight": 1,
                "kind": "sentiment",
                "check": "not customer.finalThirdDrop.flagged"
              }
            ]
          },
          {
            "id": "no_blame_shift",
            "label": "Does not blame the customer or other teams",
            "weight": 1,
            "kind": "behavior_absent",
            "behavior": "blame_shift"
          }
        ]
      }
    ]
  },
  {
    "id": "collections-default",
    "version": 1,
    "name": "Collections",
    "callTypes": [
      "collections",
      "debt_collection"
    ],
    "passThreshold": 75,
    "sections": [
      {
        "id": "compliance",
        "name": "Compliance",
        "weight": 4,
        "criteria": [
          {
            "id": "mini_miranda",
            "label": "Debt-collector disclosure said verbatim",
            "weight": 2,
            "kind": "script",
            "text": "this is an attempt to collect a debt and any information obtained will be used for that purpose",
            "threshold": 0.8,
            "withinFirstMs": 120000,
            "compliance": true,
            "autoFail": true
          },
          {
            "id": "identity_verified",
            "label": "Verifies the right party before disclosing the debt",
            "weight": 1,
            "kind": "intent",
            "phrases": [
              "am I speaking with",
              "could I speak to",
              "can you confirm your date of birth",
              "can you verify the date of birth on the account",
              "can I get the name the account is under",
              "may I have your full name",
              "can I get your full name",
              "could you give me the email on file",
              "could you give me the zip code on the account",
              "could you confirm the billing zip code",
              "can you confirm the last four digits of your social"
            ],
            "threshold": 0.7,
            "compliance": true
          },
          {
            "id": "payment_terms_confirmed",
            "label": "Confirms the payment arrangement terms",
            "weight": 1,
            "kind": "intent",
            "phrases": [
              "to confirm you will pay",
              "your payment of will be taken on",
              "just to recap the payment arrangement"
            ],
            "threshold": 0.6,
            "stage": "payment_arrangement",
            "compliance": true,
            "na": {
              "when": {
                "stageAbsent": "payment_arrangement"
              }
            }
          }
        ]
      },
      {
        "id": "conduct",
        "name": "Conduct",
        "weight": 3,
        "criteria": [
          {
            "id": "no_blame_shift",
            "label": "No blaming or shaming",
            "weight": 1,
            "kind": "behavior_absent",
            "behavior": "blame_shift"
          },
          {
            "id": "empathy",
            "label": "Acknowledges hardship",
            "weight": 1,
            "kind": "behavior_present",
            "behavior": "empathy",
            "na": {
              "when": {
                "signalAbsent": "complaint"
              }
            }
          },
          {
            "id": "offers_options",
            "label": "Offers payment options",
            "weight": 2,
            "kind": "behavior_present",
            "behavior": "offers_options"
          },
          {
            "id": "interruptions",
            "label": "Rarely talks over the customer",
            "weight": 1,
            "kind": "characteristic",
            "metric": "agent_interruptions",
            "max": 2
          }
        ]
      },
      {
        "id": "outcome",
        "name": "Outcome",
        "weight": 1,
        "criteria": [
          {
            "id": "recap",
            "label": "Recaps the agreement",
            "weight": 1,
            "kind": "behavior_present",
            "behavior": "recap"
          },
          {
            "id": "customer_not_hostile_at_exit",
            "label": "Customer does not leave angry",
            "weight": 1,
            "kind": "sentiment",
            "check": "customer.exit >= -0.3"
          }
        ]
      }
    ]
  },
];
