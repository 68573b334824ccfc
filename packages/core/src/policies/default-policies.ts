import { parsePolicies } from './parse-policies.js';
import type { Policies } from './policy-schema.js';

/**
 * The default policies as data, bundled so core needs no file I/O. rubrics/default-policies.yaml is the editable
 * source; default-policies.test.ts fails when the two differ.
 */
export const DEFAULT_POLICIES_DATA = {
  "version": 1,
  "policies": [
    {
      "id": "addressable_friction",
      "kind": "coaching",
      "label": "addressable friction",
      "when": "sentiment.arcs.customer.exit < -0.6 and sentiment.arcs.agent.exit < -0.3"
    },
    {
      "id": "low_quality_score",
      "kind": "quality",
      "label": "quality score below 65",
      "when": {
        "all": [
          {
            "field": "scorecard.overall",
            "op": "<",
            "value": 65
          }
        ]
      }
    },
    {
      "id": "late_call_drop",
      "kind": "coaching",
      "label": "customer sentiment fell in the last third",
      "when": {
        "all": [
          {
            "field": "sentiment.arcs.customer.finalThirdDrop.flagged",
            "op": "==",
            "value": true
          },
          {
            "any": [
              {
                "field": "call.outcome.resolved",
                "op": "!=",
                "value": true
              },
              {
                "field": "sentiment.arcs.customer.exit",
                "op": "<",
                "value": 0
              }
            ]
          }
        ]
      }
    },
    {
      "id": "churn_risk_unaddressed",
      "kind": "coaching",
      "label": "churn intent without an offer",
      "when": "signals.ids contains churn_intent and not behaviors.ids contains offers_options"
    }
  ],
  "keywords": [
    {
      "id": "legal_threat",
      "kind": "keyword",
      "speaker": "customer",
      "phrases": [
        "lawyer",
        "attorney",
        "sue you",
        "take legal action",
        "better business bureau"
      ]
    },
    {
      "id": "agent_profanity",
      "kind": "quality",
      "speaker": "agent",
      "phrases": [
        "damn",
        "hell no",
        "shut up"
      ]
    }
  ],
  "patterns": {
    "consecutiveBelow": {
      "count": 3
    },
    "stageSentimentDrops": {
      "minCalls": 3,
      "windowDays": 14,
      "minMagnitude": 0.2,
      "speaker": "customer"
    },
    "recurring": {
      "minOccurrences": 3,
      "windowDays": 30
    }
  },
  "coaching": {
    "maxSessions": 1,
    "windowDays": 7
  },
  "kudos": {
    "customerExitAtLeast": 0.8,
    "recoveryMarginAtLeast": 0.5
  },
  "outcomes": {
    "positiveExitAtLeast": 0
  }
};

let parsed: Policies | undefined;

export function defaultPolicies(): Policies {
  parsed ??= parsePolicies(DEFAULT_POLICIES_DATA, 'default policies');
  return parsed;
}
