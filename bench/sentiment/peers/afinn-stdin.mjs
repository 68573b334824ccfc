// Peer system for the benchmark: AFINN via the `sentiment` package, score = tanh(comparative), label by sign.
import Sentiment from 'sentiment';
import { createInterface } from 'node:readline';

const analyzer = new Sentiment();
const out = [];
createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on('line', (line) => {
    if (line.trim() === '') return;
    const { id, text } = JSON.parse(line);
    const score = Math.tanh(analyzer.analyze(text).comparative);
    const label = score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
    out.push(JSON.stringify({ id, score, label }));
  })
  .on('close', () => process.stdout.write(out.join('\n') + '\n'));
