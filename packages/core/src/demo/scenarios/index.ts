import type { CallType, Scenario } from '../scenario.js';
import { billingDispute } from './billing-dispute.js';
import { cancelRequest } from './cancel-request.js';
import { moveService } from './move-service.js';
import { outage } from './outage.js';
import { passwordReset } from './password-reset.js';
import { paymentPlan } from './payment-plan.js';
import { shippingDelay } from './shipping-delay.js';
import { upgradeSales } from './upgrade-sales.js';

export const SCENARIOS: readonly Scenario[] = [billingDispute, outage, passwordReset, shippingDelay, moveService, upgradeSales, cancelRequest, paymentPlan];

/** Support spreads over several stories in real centers; the other call types have one story each here. */
export const SUPPORT_SCENARIO_WEIGHTS: ReadonlyArray<readonly [Scenario, number]> = [
  [billingDispute, 0.3], [outage, 0.27], [passwordReset, 0.13], [shippingDelay, 0.18], [moveService, 0.12],
];

export function scenariosFor(callType: CallType): ReadonlyArray<readonly [Scenario, number]> {
  if (callType === 'support') return SUPPORT_SCENARIO_WEIGHTS;
  return SCENARIOS.filter((s) => s.callType === callType).map((s) => [s, 1] as const);
}
