import type { CallAnalysis, ImportProvenance } from '@undertone/core';
import { renderCharacteristicsSection } from './characteristics-section.js';
import { renderHeader } from './header-section.js';
import { renderScorecardSection } from './scorecard-section.js';
import { renderSentimentSection } from './sentiment-section.js';
import { renderInflectionDetail, renderStageLines } from './structure-section.js';

export interface ReportOptions {
  width: number;
  color: boolean;
}

/** The human-readable analysis report: one section per analysis stage that ran. */
export function renderReport(analysis: CallAnalysis, provenance: ImportProvenance, opts: ReportOptions): string {
  const { call, characteristics } = analysis;
  const sections = [renderHeader(call, provenance, characteristics.durationMs), renderCharacteristicsSection(characteristics)];
  if (analysis.sentiment) {
    const underArcs = analysis.stages ? renderStageLines(analysis.stages, characteristics.durationMs, opts.width, analysis.behaviorSet) : [];
    sections.push(renderSentimentSection(analysis.sentiment, call, { width: opts.width, color: opts.color, underArcs, inflectionDetail: renderInflectionDetail }));
  }
  if (analysis.scorecard) sections.push(renderScorecardSection(analysis.scorecard, analysis.flags ?? [], call));
  else if (analysis.flags?.length) sections.push(['Flags', ...analysis.flags.map((f) => `  ${f.kind}  ${f.policy}: ${f.reason}`)].join('\n'));
  return sections.join('\n\n');
}
