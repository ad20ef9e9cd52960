// The till (issue 12): sells from the shop's catalogue kept in IndexedDB, writes every sale there first (with a UUID
// and soldAt made here), then posts it; sales wait in IndexedDB while the network is down and are deleted only once
// the server answered 200/201. A refusal (4xx) is kept in "needs attention", never dropped. No framework.

const config = JSON.parse(document.getElementById('till-config').textContent);
const T = config.texts;
const $ = (id) => document.getElementById(id);
const SCALE = config.currency === 'TND' ? 3 : 2;
const RETRY_MS = 20000;
const REFRESH_MS = 5 * 60000;
const FAVOURITES = 12;

// ---------- money as integers of the currency's smallest unit (never floating point) ----------

function toMinor(text) {
  const s = String(text ?? '').trim().replace(',', '.');
  if (!/^\d+(\.\d*)?$/.test(s)) return null;
  const [whole, frac = ''] = s.split('.');
  if (frac.length > SCALE) return null;
  return Number(whole) * 10 ** SCALE + Number((frac + '000').slice(0, SCALE));
}

function fromMinor(minor) {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const unit = 10 ** SCALE;
  return sign + Math.floor(abs / unit) + '.' + String(abs % unit).padStart(SCALE, '0');
}

// an amount as the server writes it, perhaps negative (a difference at closing)
function signedMinor(money) {
  const text = String(amountOf(money) ?? '');
  return text.startsWith('-') ? -toMinor(text.slice(1)) : toMinor(text);
}

const show = (minor) => fromMinor(minor) + '\u00a0' + config.currency;
const amountOf = (money) => (typeof money === 'object' && money ? money.amount : money);

// ---------- IndexedDB: catalogue, queued sales, refused sales, sent sales, the session ----------

const DB_NAME = 'taawun-till-' + config.shopId;
let db;

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const d = request.result;
      d.createObjectStore('meta');
      d.createObjectStore('queue', { keyPath: 'body.id' });
      d.createObjectStore('attention', { keyPath: 'body.id' });
      d.createObjectStore('sent', { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function tx(store, mode, work) {
  return new Promise((resolve, reject) => {
    const t = db.transaction(store, mode);
    const result = work(t.objectStore(store));
    t.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  });
}

const dbGet = (store, key) => tx(store, 'readonly', (s) => s.get(key));
const dbAll = (store) => tx(store, 'readonly', (s) => s.getAll());
const dbPut = (store, value, key) => tx(store, 'readwrite', (s) => (key === undefined ? s.put(value) : s.put(value, key)));
const dbDelete = (store, key) => tx(store, 'readwrite', (s) => s.delete(key));

// ---------- state ----------

const state = {
  catalogue: null, // {version, fetchedAt, items:[...]} as stored
  byCode: new Map(),
  session: null,
  cart: [], // {item, quantity, discount (minor), reason}
  payments: [], // {method, amount (minor), reference}
  queue: [],
  attention: [],
  sent: [],
  sending: false,
  authLost: false,
};

// ---------- texts ----------

function message(text, kind = '') {
  const box = $('till-message');
  box.textContent = text;
  box.className = 'notice ' + kind;
  box.hidden = !text;
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, k) => (values[k] ?? ''));
}

function bdi(text) {
  const el = document.createElement('bdi');
  el.textContent = text;
  return el;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) node.append(c);
  return node;
}

const nameOf = (item) => (config.lang === 'ar' ? item.a || item.f : item.f || item.a);

// ---------- HTTP ----------

class Refused extends Error {
  constructor(status, problem) {
    super(problem?.detail || String(status));
    this.status = status;
    this.problem = problem || {};
  }
}
class AuthLost extends Error {}

async function call(method, url, body, headers = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.headers[config.csrfHeader] = config.csrfToken;
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init); // a network failure throws TypeError
  const type = response.headers.get('Content-Type') || '';
  if (response.status === 304) return { status: 304 };
  if (response.redirected || response.status === 401 || response.status === 403 && !type.includes('json')) {
    throw new AuthLost();
  }
  const json = type.includes('json') ? await response.json() : null;
  if (response.ok) return { status: response.status, json };
  if (response.status >= 500) throw new TypeError('server ' + response.status);
  if (response.status === 403) throw new AuthLost();
  throw new Refused(response.status, json);
}

// ---------- catalogue and local stock ----------

function indexCatalogue() {
  state.byCode = new Map();
  for (const item of state.catalogue?.items || []) {
    state.byCode.set(item.c, item);
    if (item.k) state.byCode.set(item.k, item);
    item.n = normalise((item.a || '') + ' ' + (item.f || '') + ' ' + item.c + ' ' + (item.k || ''));
  }
}

// the catalogue comes in columns (see TillCatalogue): ids as base64url, codes as steps from the previous one, names
// empty when they are the previous item's
function decode(c) {
  const bytes = atob(c.ids.replace(/-/g, '+').replace(/_/g, '/'));
  const hex = (from) => [...bytes.slice(from, from + 16)].map((ch) => ch.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  const items = [];
  let code = '';
  let ar = '';
  let fr = '';
  for (let n = 0; n < c.count; n++) {
    const h = hex(16 * n);
    const entry = c.codes[n];
    code = typeof entry === 'number' ? String(BigInt(code) + BigInt(entry)) : entry;
    if (c.ar[n] || c.fr[n]) {
      ar = c.ar[n];
      fr = c.fr[n];
    }
    const labelAr = c.labelsAr[n] ? ' — ' + c.labelsAr[n] : '';
    const labelFr = c.labelsFr[n] ?? c.labelsAr[n];
    items.push({
      i: h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20),
      c: code, k: c.skus[n] || null, a: ar + labelAr, f: fr + (labelFr ? ' — ' + labelFr : ''), p: c.prices[n], s: c.stock[n],
    });
  }
  return items;
}

// units sold here that the stored catalogue does not know of yet: waiting sales and sales confirmed after it was read
function pendingUnits() {
  const units = new Map();
  const count = (body) => body.lines.forEach((l) => units.set(l.productId, (units.get(l.productId) || 0) + l.quantity));
  state.queue.forEach((s) => count(s.body));
  state.sent.filter((s) => s.at > (state.catalogue?.fetchedAt || 0)).forEach((s) => count(s.body));
  state.cart.forEach((l) => units.set(l.item.i, (units.get(l.item.i) || 0) + l.quantity));
  return units;
}

function stockOf(item) {
  return item.s - (pendingUnits().get(item.i) || 0);
}

async function refreshCatalogue() {
  if (!navigator.onLine) return;
  const started = Date.now();
  try {
    const headers = state.catalogue ? { 'If-None-Match': '"' + state.catalogue.version + '"' } : {};
    const answer = await call('GET', config.page + '/catalogue', undefined, headers);
    if (answer.status === 304) {
      state.catalogue.fetchedAt = started;
    } else {
      const c = answer.json;
      state.catalogue = { version: c.version, fetchedAt: started, maxLineDiscount: c.maxLineDiscount, items: decode(c) };
    }
    await dbPut('meta', state.catalogue, 'catalogue');
    await trimSent();
    indexCatalogue();
    renderFavourites();
    renderSearch();
  } catch (e) {
    if (e instanceof AuthLost) authLost();
  }
}

async function trimSent() {
  for (const s of state.sent.filter((x) => x.at <= state.catalogue.fetchedAt)) await dbDelete('sent', s.id);
  state.sent = state.sent.filter((x) => x.at > state.catalogue.fetchedAt);
}

// ---------- search (Arabic and French, accents and Arabic letter forms folded) ----------

function normalise(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0626/g, '\u064A')
    .toLowerCase();
}

function itemButton(item) {
  const stock = stockOf(item);
  return el('li', {},
    el('button', { type: 'button', class: 'till-item secondary', 'data-code': item.c, onclick: () => addItem(item) },
      bdi(nameOf(item)),
      el('small', {}, bdi(show(toMinor(item.p))), ' · ', bdi(fill(T['stock'], { n: stock })))));
}

function renderSearch() {
  const list = $('till-results');
  list.replaceChildren();
  const words = normalise($('till-search').value).split(/\s+/).filter(Boolean);
  if (!words.length || !state.catalogue) return;
  const found = state.catalogue.items.filter((it) => words.every((w) => it.n.includes(w))).slice(0, 20);
  if (!found.length) list.append(el('li', { class: 'muted' }, T['search.none']));
  found.forEach((it) => list.append(itemButton(it)));
}

function renderFavourites() {
  const list = $('till-favourites');
  list.replaceChildren();
  if (!state.catalogue) return;
  [...state.catalogue.items].sort((x, y) => y.s - x.s).slice(0, FAVOURITES).forEach((it) => list.append(itemButton(it)));
}

// ---------- the cart ----------

function addItem(item) {
  const line = state.cart.find((l) => l.item.i === item.i);
  if (line) line.quantity += 1;
  else state.cart.push({ item, quantity: 1, discount: 0, reason: '' });
  if (stockOf(item) < 0) message(fill(T['stock.low'], { name: nameOf(item) }), 'warn');
  else message('');
  renderCart();
}

function lineTotal(line) {
  return toMinor(line.item.p) * line.quantity - line.discount;
}

const total = () => state.cart.reduce((sum, l) => sum + lineTotal(l), 0);
const paid = () => state.payments.reduce((sum, p) => sum + p.amount, 0);

function maxDiscount(line) {
  const percent = Number(state.catalogue?.maxLineDiscount || 0);
  return Math.floor((toMinor(line.item.p) * line.quantity * percent) / 100);
}

function renderCart() {
  const list = $('till-cart');
  list.replaceChildren();
  state.cart.forEach((line, index) => list.append(cartLine(line, index)));
  $('till-cart-empty').hidden = state.cart.length > 0;
  $('till-total').textContent = show(total());
  renderPayments();
}

function cartLine(line, index) {
  const quantity = el('input', { type: 'number', min: '1', step: '1', inputmode: 'numeric', value: line.quantity, 'aria-label': T['quantity'], class: 'till-qty' });
  quantity.addEventListener('change', () => {
    const q = Number(quantity.value);
    if (Number.isInteger(q) && q > 0 && q <= 9999) line.quantity = q;
    renderCart();
  });
  const step = (delta) => () => {
    line.quantity += delta;
    if (line.quantity <= 0) state.cart.splice(index, 1);
    renderCart();
  };
  const discount = el('input', { inputmode: 'decimal', value: line.discount ? fromMinor(line.discount) : '', 'aria-label': T['discount.amount'] });
  const reason = el('input', { value: line.reason, maxlength: '200', 'aria-label': T['discount.reason'], placeholder: T['discount.reason'] });
  const error = el('p', { class: 'field-error', hidden: true });
  const applyDiscount = () => {
    const minor = discount.value.trim() ? toMinor(discount.value) : 0;
    if (minor === null || minor > maxDiscount(line)) {
      error.textContent = fill(T['discount.limit'], { max: show(maxDiscount(line)) });
      error.hidden = false;
      return;
    }
    if (minor > 0 && !reason.value.trim()) {
      error.textContent = T['discount.reason.required'];
      error.hidden = false;
      return;
    }
    line.discount = minor;
    line.reason = minor > 0 ? reason.value.trim() : '';
    renderCart();
  };
  return el('li', { class: 'till-line' },
    el('span', { class: 'till-line-name' }, bdi(nameOf(line.item))),
    el('span', { class: 'till-line-qty' },
      el('button', { type: 'button', class: 'secondary', 'aria-label': T['less'], onclick: step(-1) }, '−'),
      quantity,
      el('button', { type: 'button', class: 'secondary', 'aria-label': T['more'], onclick: step(1) }, '+')),
    el('span', { class: 'till-line-total' }, bdi(show(lineTotal(line)))),
    el('details', { class: 'till-discount', open: line.discount > 0 || undefined },
      el('summary', {}, line.discount ? fill(T['discount.given'], { amount: show(line.discount) }) : T['discount.add']),
      discount, reason,
      el('button', { type: 'button', class: 'secondary', onclick: applyDiscount }, T['discount.apply']),
      error));
}

// ---------- payments ----------

function renderPayments() {
  const list = $('till-payments');
  list.replaceChildren();
  state.payments.forEach((p, index) => list.append(el('li', { class: 'till-line' },
    el('span', {}, T['method.' + p.method], ' ', bdi(show(p.amount)), p.reference ? el('small', {}, ' · ', bdi(p.reference)) : ''),
    el('button', { type: 'button', class: 'secondary', onclick: () => { state.payments.splice(index, 1); renderPayments(); } }, T['remove']))));
  const due = total() - paid();
  $('till-remaining').textContent = show(Math.max(0, due));
  $('till-change').textContent = show(Math.max(0, -due) > 0 ? changeDue() : 0);
  $('till-confirm').disabled = !(state.cart.length && due <= 0 && changeDue() >= 0 && state.session);
  if (!$('till-amount').matches(':focus')) $('till-amount').value = due > 0 ? fromMinor(due) : '';
}

// change comes only out of cash: what was paid beyond the total, if the cash tendered covers it
function changeDue() {
  const over = paid() - total();
  const cash = state.payments.filter((p) => p.method === 'CASH').reduce((s, p) => s + p.amount, 0);
  return over <= 0 ? 0 : over <= cash ? over : -1;
}

function addPayment(event) {
  event.preventDefault();
  const method = new FormData($('till-pay-form')).get('method');
  const amount = toMinor($('till-amount').value);
  const reference = $('till-reference').value.trim();
  const error = $('till-pay-error');
  error.hidden = true;
  if (!amount) {
    error.textContent = T['pay.amount.invalid'];
    error.hidden = false;
    return;
  }
  if (method !== 'CASH' && amount > total() - paid()) {
    error.textContent = T['pay.only.cash.exceeds'];
    error.hidden = false;
    return;
  }
  if (method === 'CARD' && !reference) {
    error.textContent = T['pay.reference.required'];
    error.hidden = false;
    return;
  }
  state.payments.push({ method, amount, reference });
  $('till-amount').value = '';
  $('till-reference').value = '';
  renderPayments();
}

// ---------- recording a sale ----------

function saleBody() {
  return {
    id: crypto.randomUUID(),
    soldAt: new Date().toISOString(),
    cashSessionId: state.session?.id || null,
    offline: !navigator.onLine,
    lines: state.cart.map((l) => {
      const line = { productId: l.item.i, quantity: l.quantity, unitPrice: l.item.p };
      if (l.discount > 0) {
        line.discount = fromMinor(l.discount);
        line.discountReason = l.reason;
      }
      return line;
    }),
    payments: state.payments.map((p) => {
      const payment = { method: p.method, amount: fromMinor(p.amount) };
      if (p.reference) payment.reference = p.reference;
      return payment;
    }),
  };
}

async function confirmSale() {
  if ($('till-confirm').disabled) return;
  $('till-confirm').disabled = true;
  const body = saleBody();
  const summary = {
    lines: state.cart.map((l) => ({ name: nameOf(l.item), quantity: l.quantity, total: lineTotal(l) })),
    total: total(), paid: paid(), change: changeDue(),
  };
  const sale = { body, summary, queuedAt: Date.now() };
  await dbPut('queue', sale); // written here before anything is sent: a crash or a reload loses nothing
  state.queue.push(sale);
  state.cart = [];
  state.payments = [];
  renderCart();
  $('till-receipt').dataset.sale = body.id;
  showReceipt(summary, null);
  renderQueue();
  if (navigator.onLine) await sendQueue();
}

function showReceipt(summary, answer) {
  const list = $('till-receipt-lines');
  list.replaceChildren();
  summary.lines.forEach((l) => list.append(el('li', { class: 'till-line' },
    bdi(l.name), el('span', {}, '× ', bdi(String(l.quantity))), bdi(show(l.total)))));
  $('till-receipt-total').textContent = show(summary.total);
  $('till-receipt-paid').textContent = show(summary.paid);
  $('till-receipt-change').textContent = show(summary.change);
  updateReceipt(answer);
  showSection('till-receipt');
  $('till-next').focus();
}

function updateReceipt(answer) {
  $('till-receipt-number').textContent = answer ? answer.number : T['receipt.waiting'];
  const link = $('till-receipt-link');
  link.hidden = !answer?.receiptUrl;
  if (answer?.receiptUrl) link.href = answer.receiptUrl;
}

// ---------- the queue: sent in order, deleted only after 200/201 ----------

async function sendQueue() {
  if (state.sending || !state.queue.length || state.authLost) return;
  state.sending = true;
  const work = async () => {
    state.queue = await dbAll('queue');
    state.queue.sort((x, y) => x.queuedAt - y.queuedAt);
    for (const sale of [...state.queue]) {
      if (!(await sendOne(sale))) break;
    }
  };
  try {
    if (navigator.locks) await navigator.locks.request(DB_NAME + '-send', work); // one tab sends at a time
    else await work();
  } finally {
    state.sending = false;
    renderQueue();
  }
}

// true when the next sale may be tried
async function sendOne(sale) {
  try {
    const answer = await call('POST', config.page + '/sales', sale.body);
    await dbDelete('queue', sale.body.id);
    const sent = { id: sale.body.id, body: sale.body, at: Date.now() };
    await dbPut('sent', sent);
    state.sent.push(sent);
    state.queue = state.queue.filter((s) => s !== sale);
    if ($('till-receipt').dataset.sale === sale.body.id) updateReceipt(answer.json);
    return true;
  } catch (e) {
    if (e instanceof Refused) {
      await refused(sale, e);
      return true;
    }
    if (e instanceof AuthLost) {
      authLost();
    } else if (!sale.body.offline) {
      // no answer: the customer has left with the goods, so the sale is an offline one from now on (the server
      // leaves this flag out of its duplicate check, so a first post that did arrive is still answered as recorded)
      sale.body.offline = true;
      await dbPut('queue', sale);
    }
    return false; // network or server down: kept, tried again later
  }
}

async function refused(sale, error) {
  const kept = { ...sale, status: error.status, code: error.problem.code || '', detail: error.message, refusedAt: Date.now() };
  await dbPut('attention', kept); // kept before it leaves the queue: never silently dropped
  await dbDelete('queue', sale.body.id);
  state.queue = state.queue.filter((s) => s !== sale);
  state.attention.push(kept);
  renderAttention();
  message(error.message, 'bad');
  if (['not-enough-stock', 'price-changed'].includes(kept.code)) refreshCatalogue();
}

function authLost() {
  state.authLost = true;
  message(T['auth.lost'], 'bad');
}

function renderQueue() {
  const badge = $('till-queue');
  badge.hidden = state.queue.length === 0;
  badge.textContent = fill(T['queue.waiting'], { n: state.queue.length });
  $('till-send').hidden = state.queue.length === 0 || !navigator.onLine;
  renderNetwork();
}

function renderNetwork() {
  const badge = $('till-network');
  badge.textContent = navigator.onLine ? T['network.online'] : T['network.offline'];
  badge.className = 'badge ' + (navigator.onLine ? 'ok' : 'bad');
}

function renderAttention() {
  const list = $('till-attention-list');
  list.replaceChildren();
  $('till-attention').hidden = state.attention.length === 0;
  state.attention.forEach((s) => list.append(el('li', { class: 'till-line' },
    el('span', {}, bdi(new Date(s.body.soldAt).toLocaleString(config.lang === 'ar' ? 'ar-MA-u-nu-latn' : config.lang)), ' · ', bdi(show(s.summary.total))),
    el('span', { class: 'error' }, s.detail),
    el('button', { type: 'button', class: 'secondary', onclick: () => dismiss(s) }, T['attention.dismiss']))));
}

async function dismiss(sale) {
  if (!confirm(T['attention.dismiss.confirm'])) return;
  await dbDelete('attention', sale.body.id);
  state.attention = state.attention.filter((s) => s !== sale);
  renderAttention();
}

// ---------- the cash session ----------

async function loadSession() {
  const stored = await dbGet('meta', 'session');
  if (!navigator.onLine) {
    state.session = stored || null;
    return;
  }
  try {
    const answer = await call('GET', config.page + '/sessions/current');
    state.session = answer.json;
  } catch (e) {
    if (e instanceof Refused && e.status === 404) state.session = null;
    else if (e instanceof AuthLost) authLost();
    else state.session = stored || null; // the network failed: the session known here
  }
  await dbPut('meta', state.session, 'session');
}

async function openSession(event) {
  event.preventDefault();
  const error = $('till-open-error');
  error.hidden = true;
  const float = toMinor($('till-float').value);
  if (float === null) {
    error.textContent = T['open.float.invalid'];
    error.hidden = false;
    return;
  }
  try {
    const answer = await call('POST', config.page + '/sessions', { openingFloat: fromMinor(float) });
    state.session = answer.json;
  } catch (e) {
    if (e instanceof Refused && e.problem.code === 'session-already-open') {
      await loadSession();
    } else {
      error.textContent = e instanceof Refused ? e.message : e instanceof AuthLost ? T['auth.lost'] : T['network.needed'];
      error.hidden = false;
      return;
    }
  }
  await dbPut('meta', state.session, 'session');
  showSection('till-sell');
}

function renderSession() {
  $('till-session').textContent = state.session
    ? fill(T['session.open'], { float: show(signedMinor(state.session.openingFloat)) })
    : '';
}

// ---------- closing ----------

let denominations = [];

async function startClosing() {
  const error = $('till-close-error');
  error.hidden = true;
  $('till-closed').hidden = true;
  $('till-zreport').hidden = true;
  $('till-close-form').hidden = false;
  if (state.queue.length) message(fill(T['close.queue'], { n: state.queue.length }), 'warn');
  try {
    const answer = await call('GET', config.page + '/denominations');
    denominations = answer.json.denominations;
  } catch (e) {
    error.textContent = T['network.needed'];
    error.hidden = false;
    return;
  }
  const list = $('till-denominations');
  list.replaceChildren();
  denominations.forEach((d) => {
    const input = el('input', { type: 'number', min: '0', step: '1', inputmode: 'numeric', value: '0', 'data-denomination': d, 'aria-label': d + ' ' + config.currency, class: 'till-qty' });
    input.addEventListener('input', renderCounted);
    list.append(el('li', { class: 'till-line' }, el('span', {}, bdi(d + '\u00a0' + config.currency)), el('span', {}, '×'), input));
  });
  renderCounted();
}

function counts() {
  return [...document.querySelectorAll('#till-denominations input')]
    .map((i) => ({ denomination: i.dataset.denomination, count: Number(i.value) }))
    .filter((c) => Number.isInteger(c.count) && c.count > 0);
}

function renderCounted() {
  const sum = counts().reduce((s, c) => s + toMinor(c.denomination) * c.count, 0);
  $('till-counted').textContent = show(sum);
}

async function closeSession(event) {
  event.preventDefault();
  const error = $('till-close-error');
  error.hidden = true;
  if (!state.session) return;
  if (state.queue.length) await sendQueue(); // the session's sales first, so that expected cash counts them
  try {
    const answer = await call('POST', config.page + '/sessions/' + state.session.id + '/closing', { counts: counts() });
    const closed = answer.json;
    $('till-closed-expected').textContent = show(signedMinor(closed.expectedCash));
    $('till-closed-counted').textContent = show(signedMinor(closed.countedCash));
    $('till-closed-difference').textContent = show(signedMinor(closed.difference));
    $('till-closed').hidden = false;
    $('till-close-form').hidden = true;
    const z = $('till-zreport');
    z.href = closed.zReportUrl;
    z.hidden = !closed.zReportUrl;
    state.session = null;
    await dbPut('meta', null, 'session');
    $('till-close-back').dataset.show = 'till-open';
  } catch (e) {
    error.textContent = e instanceof Refused ? e.message : e instanceof AuthLost ? T['auth.lost'] : T['network.needed'];
    error.hidden = false;
  }
}

// ---------- returns ----------

let returning = null;

async function findSale(event) {
  event.preventDefault();
  const error = $('till-return-error');
  error.hidden = true;
  $('till-return-done').hidden = true;
  const key = $('till-return-number').value.trim();
  if (!key) return;
  try {
    const answer = await call('GET', config.page + '/sales/' + encodeURIComponent(key));
    returning = answer.json;
  } catch (e) {
    error.textContent = e instanceof Refused ? e.message : e instanceof AuthLost ? T['auth.lost'] : T['network.needed'];
    error.hidden = false;
    return;
  }
  const list = $('till-return-lines');
  list.replaceChildren();
  returning.lines.forEach((l) => {
    const max = l.returnable ?? l.quantity;
    const input = el('input', { type: 'number', min: '0', max: String(max), step: '1', value: '0', inputmode: 'numeric', 'data-position': l.position, 'aria-label': T['quantity'], class: 'till-qty', disabled: max <= 0 });
    list.append(el('li', { class: 'till-line' }, bdi(l.name), el('small', {}, bdi(fill(T['return.returnable'], { n: max }))), input));
  });
  $('till-return-form').hidden = false;
}

async function submitReturn(event) {
  event.preventDefault();
  const error = $('till-return-error');
  error.hidden = true;
  const lines = [...document.querySelectorAll('#till-return-lines input')]
    .map((i) => ({ position: Number(i.dataset.position), quantity: Number(i.value) }))
    .filter((l) => Number.isInteger(l.quantity) && l.quantity > 0);
  if (!lines.length || !returning) return;
  const reason = $('till-return-reason').value.trim();
  const body = { id: crypto.randomUUID(), saleId: returning.id, lines };
  if (reason) body.reason = reason;
  try {
    const answer = await call('POST', config.page + '/returns', body);
    const refunds = (answer.json.refunds || []).map((r) => T['method.' + r.method] + ' ' + show(signedMinor(r.amount))).join(' · ');
    const done = $('till-return-done');
    done.textContent = fill(T['return.done'], { total: show(signedMinor(answer.json.total)), refunds });
    done.hidden = false;
    $('till-return-form').hidden = true;
    returning = null;
    refreshCatalogue();
  } catch (e) {
    error.textContent = e instanceof Refused ? e.message : e instanceof AuthLost ? T['auth.lost'] : T['network.needed'];
    error.hidden = false;
  }
}

// ---------- screens ----------

function showSection(id) {
  if (id === 'till-sell' && !state.session) id = 'till-open';
  for (const s of ['till-open', 'till-sell', 'till-receipt', 'till-return', 'till-close']) $(s).hidden = s !== id;
  renderSession();
  if (id === 'till-sell') {
    renderCart();
    $('till-code').focus();
  }
  if (id === 'till-close') startClosing();
  if (id === 'till-open') $('till-float').focus();
}

function scan(event) {
  event.preventDefault();
  const input = $('till-code');
  const code = input.value.trim();
  input.value = '';
  if (!code) return;
  const item = state.byCode.get(code);
  if (item) addItem(item);
  else message(fill(T['scan.unknown'], { code }), 'bad');
  input.focus();
}

function wire() {
  $('till-scan').addEventListener('submit', scan);
  $('till-search').addEventListener('input', renderSearch);
  $('till-pay-form').addEventListener('submit', addPayment);
  $('till-confirm').addEventListener('click', confirmSale);
  $('till-clear').addEventListener('click', () => { state.cart = []; state.payments = []; renderCart(); });
  $('till-open-form').addEventListener('submit', openSession);
  $('till-close-form').addEventListener('submit', closeSession);
  $('till-return-find').addEventListener('submit', findSale);
  $('till-return-form').addEventListener('submit', submitReturn);
  $('till-print').addEventListener('click', () => window.print());
  $('till-next').addEventListener('click', () => showSection('till-sell'));
  $('till-send').addEventListener('click', () => { state.authLost = false; sendQueue(); });
  document.querySelectorAll('[data-show]').forEach((b) => b.addEventListener('click', () => showSection(b.dataset.show)));
  window.addEventListener('online', () => { renderQueue(); sendQueue(); refreshCatalogue(); });
  window.addEventListener('offline', renderQueue);
  setInterval(() => { if (navigator.onLine) sendQueue(); }, RETRY_MS);
  setInterval(refreshCatalogue, REFRESH_MS);
}

// the page, its script and stylesheets are kept by the service worker so that a reload offline still shows the till
async function registerWorker() {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register(config.worker, { scope: config.page });
    const cache = await caches.open('taawun-till-v1');
    const assets = [...document.querySelectorAll('link[rel=stylesheet][href], script[src]')].map((e) => e.getAttribute('href') || e.getAttribute('src'));
    if (navigator.onLine) await cache.addAll([config.page, ...assets].filter((u) => u.startsWith('/')));
    await navigator.serviceWorker.ready;
    document.body.dataset.tillOffline = 'ready';
  } catch (e) {
    // no worker (a private window): the till still sells while this page stays open
  }
}

async function start() {
  wire();
  db = await openDb();
  state.catalogue = (await dbGet('meta', 'catalogue')) || null;
  state.queue = (await dbAll('queue')).sort((x, y) => x.queuedAt - y.queuedAt);
  state.attention = await dbAll('attention');
  state.sent = await dbAll('sent');
  indexCatalogue();
  renderQueue();
  renderAttention();
  renderFavourites();
  await loadSession();
  await refreshCatalogue();
  showSection('till-sell');
  document.body.dataset.tillReady = 'true';
  registerWorker();
  sendQueue();
}

start();
