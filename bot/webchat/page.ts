import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import type { Logger } from '../log';
import type { ConversationLimits } from './conversations';
import { DIRECT_LINE_PATH } from './directLine';
import { BOT_NAME } from './turns';

const BUNDLE_PATH = '/webchat/webchat.js';
const CLIENT_PATH = '/webchat/page.js';

/** Web Chat's own UMD bundle (it defines `window.WebChat`), from the installed package: no CDN. */
function webChatBundleFile(): string {
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

/** Web Chat injects its styles at run time; everything else comes from this server. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function pageHtml(limits: ConversationLimits): string {
  const name = escapeHtml(BOT_NAME);
  const idleMinutes = Math.round(limits.idleMs / 60_000);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}: local test client</title>
<style>
  html, body { height: 100%; margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; color: #201f1e; }
  body { display: flex; flex-direction: column; background: #f3f2f1; }
  /* One line on a phone: the name and a disclosure; the notices open under it. */
  header { padding: 6px 12px; background: #fff; border-bottom: 1px solid #e1dfdd; }
  .bar { display: flex; align-items: baseline; gap: 12px; white-space: nowrap; overflow: hidden; }
  h1 { margin: 0; font-size: 16px; overflow: hidden; text-overflow: ellipsis; }
  summary { font-size: 13px; color: #605e5c; cursor: pointer; }
  details[open] { white-space: normal; }
  .notice { margin: 6px 0 0; font-size: 13px; color: #605e5c; max-width: 60em; }
  #status { margin: 4px 0 0; color: #a4262c; font-weight: 600; font-size: 13px; }
  #status:empty { display: none; }
  #webchat { flex: 1; min-height: 0; max-width: 900px; width: 100%; margin: 0 auto; background: #fff; }
  /* Web Chat breaks words anywhere, which splits a FactSet's labels mid-word on a phone ("Deci/ded by"). */
  #webchat .ac-fact-title, #webchat .ac-fact-title * { word-break: normal; }
</style>
</head>
<body>
<header>
  <div class="bar">
    <h1>${name}</h1>
    <details>
      <summary>Local test client: about</summary>
      <p class="notice">Microsoft Web Chat talking to this bot server directly, for training and trying the bot without Microsoft Teams. It runs the same questions, rules and cards as Teams.</p>
      <p class="notice">This conversation is held in this server's memory only, is forgotten after ${idleMinutes} minutes without use or when the server restarts, and only ${limits.maxConversations} are kept at once. Do not type names or other personal details.</p>
    </details>
  </div>
  <p id="status" role="status"></p>
</header>
<main id="webchat" aria-label="Chat with ${name}"></main>
<script src="${BUNDLE_PATH}"></script>
<script src="${CLIENT_PATH}"></script>
</body>
</html>
`;
}

/** Text colours that meet WCAG AA (4.5:1) on every card background, the tones' included: Web Chat's defaults for
 * "good", "warning" and "attention" text do not. Teams uses its own host config; this is the local client's. */
const text = { default: '#201f1e', subtle: '#605e5c', accent: '#0f5fa8', good: '#0e700e', warning: '#8a5a00', attention: '#a4262c', dark: '#201f1e', light: '#605e5c' };
const foregroundColors = Object.fromEntries(Object.entries(text).map(([name, color]) => [name, { default: color, subtle: name === 'default' ? text.subtle : color }]));
export const cardBackgrounds = { default: '#ffffff', emphasis: '#f3f2f1', good: '#dff6dd', attention: '#fde7e9', warning: '#fff4ce', accent: '#deecf9' };
export const adaptiveCardsHostConfig = {
  fontFamily: "'Segoe UI', system-ui, sans-serif",
  containerStyles: Object.fromEntries(Object.entries(cardBackgrounds).map(([style, backgroundColor]) => [style, { backgroundColor, foregroundColors }])),
};

/** Web Chat's own colours: accent for links and buttons, subtle for timestamps, and the bubbles. */
export const chatStyle = {
  adaptiveCardsParserMaxVersion: '1.5',
  hideUploadButton: true,
  botAvatarInitials: 'SDA',
  userAvatarInitials: 'You',
  bubbleMaxWidth: 640,
  accent: text.accent,
  subtle: text.subtle,
  timestampColor: text.subtle,
  bubbleTextColor: text.default,
  bubbleFromUserBackground: cardBackgrounds.accent,
  bubbleFromUserTextColor: text.default,
  // A tall outcome card arrives with its top in view, not scrolled to its end: Web Chat stops following new
  // activities once the first one since the user's last message is in view (OnActivity, its end; OnPage, its top
  // at the top of the page, which wins for a card taller than the screen).
  autoScrollSnapOnActivity: true,
  autoScrollSnapOnPage: true,
};

/** Runs in the browser: a token from the local Direct Line, then Web Chat over polling. */
const clientScript = `(function () {
  'use strict';
  var status = document.getElementById('status');
  function show(message) { status.textContent = message; }
  if (!window.WebChat) { show('Web Chat did not load: reload the page.'); return; }
  // The cards number options and steps as "2. ...", one text block each. Web Chat renders each as a
  // Markdown list and its HTML sanitiser drops the list's start number, so every item would read "1.";
  // escaping the dot keeps the number the bot gave (people type those numbers as answers).
  function keepNumbers(markdown, styleOptions, options) {
    return window.WebChat.renderMarkdown(String(markdown).replace(/^(\\s*\\d+)\\. /gm, '$1\\\\. '), styleOptions, options);
  }
  fetch(${JSON.stringify(`${DIRECT_LINE_PATH}/tokens/generate`)}, { method: 'POST' })
    .then(function (res) { if (!res.ok) throw new Error('status ' + res.status); return res.json(); })
    .then(function (session) {
      var directLine = window.WebChat.createDirectLine({
        domain: location.origin + ${JSON.stringify(DIRECT_LINE_PATH)},
        token: session.token,
        webSocket: false,
        pollingInterval: 500
      });
      directLine.connectionStatus$.subscribe(function (s) {
        // 3: token expired (the server forgot this conversation); 4: failed to connect.
        if (s === 3 || s === 4) show('The connection to the bot was lost: reload the page to start again.');
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        renderMarkdown: keepNumbers,
        userID: session.userId,
        locale: 'en-GB',
        adaptiveCardsHostConfig: ${JSON.stringify(adaptiveCardsHostConfig)},
        styleOptions: ${JSON.stringify(chatStyle)}
      }, document.getElementById('webchat'));
    })
    .catch(function () { show('Could not reach the bot on this server: check it is running, then reload the page.'); });
})();
`;

/** GET / (the page), its script and Web Chat's bundle. */
export function mountPage(server: Server, limits: ConversationLimits, log: Logger): void {
  const bundle = webChatBundleFile();
  if (!existsSync(bundle)) log.error({ bundle }, 'web chat bundle not found: run npm ci');
  const html = pageHtml(limits);

  server.get('/', (_req, res, next) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(html);
    next();
  });

  // Browsers ask for an icon; answering "none" keeps their consoles free of 404s.
  server.get('/favicon.ico', (_req, res, next) => {
    res.send(204);
    next();
  });

  server.get(CLIENT_PATH, (_req, res, next) => {
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(clientScript);
    next();
  });

  server.get(BUNDLE_PATH, (_req, res, next) => {
    if (!existsSync(bundle)) {
      res.send(503, { error: 'The Web Chat bundle is not installed on this server (run npm ci).' });
      next();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' });
    const stream = createReadStream(bundle);
    stream.on('error', () => res.destroy());
    stream.on('end', () => next());
    stream.pipe(res);
  });
}
