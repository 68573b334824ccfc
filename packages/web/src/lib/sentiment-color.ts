/**
 * Sentiment on [-1, 1] as a tint: red for negative, green for positive, stronger with magnitude.
 * The alpha stays low so text on it keeps its contrast.
 */
export function sentimentTint(score: number | null | undefined): string {
  if (score === null || score === undefined || Math.abs(score) < 0.05) return 'transparent';
  const strength = Math.min(1, Math.abs(score));
  const alpha = (0.08 + 0.27 * strength).toFixed(2);
  return score > 0 ? `rgba(22, 163, 74, ${alpha})` : `rgba(220, 38, 38, ${alpha})`;
}

/** A CSS class for a sentiment figure: text color only, used in tables. */
export function sentimentClass(score: number | null | undefined): string {
  if (score === null || score === undefined) return '';
  if (score <= -0.1) return 'neg';
  if (score >= 0.1) return 'pos';
  return '';
}

export const CUSTOMER_COLOR = '#2563eb';
export const AGENT_COLOR = '#9333ea';
