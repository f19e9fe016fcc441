// Screens a prompt before it reaches the model, then the model's answer before it reaches the user.
//
//   npm install palisade
//   node index.mjs "How do I make a sourdough starter?"
//   LLM_BASE_URL=http://127.0.0.1:8000/v1 LLM_MODEL=qwen2.5 node index.mjs "…"   # a real model server
//
// Without LLM_BASE_URL the "answer" is the text given with --answer (or a short sample), so the
// example runs without a model server. Exit code: 0 delivered, 2 prompt blocked, 3 answer blocked.
import { parseArgs } from 'node:util';
import { Guard } from 'palisade';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { answer: { type: 'string' } } });
const prompt = positionals.join(' ') || 'How do I make a sourdough starter?';

const guard = await Guard.load(); // the embedded model: no files, no network

function report(what, v) {
  const top = Object.entries(v.labels).sort((a, b) => b[1] - a[1])[0];
  console.log(`${what}: ${v.decision} (highest: ${top[0]} ${top[1].toFixed(3)})${v.decision === 'allow' ? '' : ` at "${v.span.text.slice(0, 80)}"`}`);
}

const screened = guard.scorePrompt(prompt);
report('prompt', screened);
if (screened.decision === 'block') process.exit(2);

async function askModel(text) {
  if (!process.env.LLM_BASE_URL) {
    return values.answer ?? 'Mix equal weights of flour and water, cover loosely, and feed it once a day; it is ready when it doubles within 6 hours.';
  }
  const res = await fetch(`${process.env.LLM_BASE_URL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: process.env.LLM_MODEL ?? 'default', messages: [{ role: 'user', content: text }] }),
  });
  if (!res.ok) throw new Error(`model server answered ${res.status}`);
  return (await res.json()).choices[0].message.content;
}

const answer = await askModel(prompt);
const checked = guard.scoreOutput(answer);
report('answer', checked);
if (checked.decision === 'block') process.exit(3);
console.log(`\n${answer}`);
