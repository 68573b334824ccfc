// Peer system for the benchmark: vader-sentiment compound score, labels at +-0.05. JSONL in, JSONL out.
const { SentimentIntensityAnalyzer } = require('vader-sentiment');
const { createInterface } = require('node:readline');

const out = [];
createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on('line', (line) => {
    if (line.trim() === '') return;
    const { id, text } = JSON.parse(line);
    const score = SentimentIntensityAnalyzer.polarity_scores(text).compound;
    const label = score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral';
    out.push(JSON.stringify({ id, score, label }));
  })
  .on('close', () => process.stdout.write(out.join('\n') + '\n'));
