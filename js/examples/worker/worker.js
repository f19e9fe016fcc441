// A Cloudflare-style Worker in front of a self-hosted model: screens the last user message of
// `POST /v1/chat/completions`; answers 403 with the label and score when blocked, otherwise
// forwards the request unchanged to env.UPSTREAM.
import { Guard } from 'palisade';

let guard; // loaded once per isolate, on first request

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/healthz') {
      // For monitoring: the model and the wasm memory it holds (counts against the isolate limit).
      guard ??= await Guard.load();
      return Response.json({ model: guard.modelVersion, wasmMemoryBytes: Guard.wasmMemoryBytes() });
    }
    if (request.method !== 'POST' || url.pathname !== '/v1/chat/completions') {
      return new Response('not found', { status: 404 });
    }
    const body = await request.text();
    let messages;
    try {
      messages = JSON.parse(body).messages;
    } catch {
      return Response.json({ error: 'body is not JSON' }, { status: 400 });
    }
    const last = Array.isArray(messages) ? messages.filter((m) => m && m.role === 'user').at(-1) : undefined;
    if (!last || typeof last.content !== 'string') {
      return Response.json({ error: 'no user message' }, { status: 400 });
    }
    guard ??= await Guard.load();
    const v = guard.scorePrompt(last.content);
    if (v.decision === 'block') {
      const [label, score] = Object.entries(v.labels).sort((a, b) => b[1] - a[1])[0];
      return Response.json({ error: 'blocked by palisade', label, score, span: v.span }, { status: 403 });
    }
    return fetch(new URL(url.pathname, env.UPSTREAM), { method: 'POST', headers: request.headers, body });
  },
};
