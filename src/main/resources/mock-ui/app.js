// The web inbox of pinpoint-email-mock: plain JavaScript, no build step, nothing fetched from anywhere but the
// emulator. It reads the control plane (/_mock/emails, /_mock/events, /_mock/state, /_mock/requests) and listens to
// /_mock/ui/stream for changes. Everything a message carries is put into the page as text (textContent), never as
// markup; a message's HTML is shown only inside a sandboxed frame that runs no script.
'use strict';

(() => {
  const LIST_LIMIT = 500;
  const REQUESTS_LIMIT = 200;
  const REQUESTS_REFRESH_MS = 3000;
  const POLL_MS = 5000;

  const OUTCOMES = {
    DELIVERED: 'delivered',
    BOUNCED: 'bounced',
    COMPLAINED: 'complained',
    SUPPRESSED: 'suppressed',
    RENDERING_FAILURE: 'rendering failure',
  };
  // Event types of SES event publishing, as the chips and the is: operator name them.
  const EVENT_KINDS = {
    Send: 'sent',
    Delivery: 'delivered',
    Bounce: 'bounced',
    Complaint: 'complained',
    Reject: 'rejected',
    Open: 'opened',
    Click: 'clicked',
    RenderingFailure: 'rendering failure',
    'Rendering Failure': 'rendering failure',
    DeliveryDelay: 'delayed',
    Subscription: 'subscription',
  };
  const IS_VALUES = {
    delivered: 'delivered', bounced: 'bounced', complained: 'complained', suppressed: 'suppressed',
    failed: 'rendering failure', 'rendering-failure': 'rendering failure', renderingfailure: 'rendering failure',
    opened: 'opened', open: 'opened', clicked: 'clicked', click: 'clicked', rejected: 'rejected', delayed: 'delayed',
  };
  // Operators answered by the captured-mail API itself; the page applies every operator again, so a repeated one
  // (or a part of an address) narrows the list too.
  const SERVER_FILTERS = { to: 'to', from: 'from', subject: 'subject', cs: 'configurationSet', tag: 'tag', template: 'template' };
  const OPERATORS = new Set([...Object.keys(SERVER_FILTERS), 'is', 'has']);

  const ui = {
    view: 'inbox',
    account: '',
    region: '',
    query: '',
    selectedId: null,
    selected: null,
    messageTab: 'html',
    emails: [],
    total: 0,
    known: new Set(),
    seenAccounts: new Set(),
    seenRegions: new Set(),
    eventsApi: 'unknown', // 'yes' once /_mock/events answered, 'no' once it answered 404
    eventsByMessage: new Map(),
    live: false,
    listSignature: null,
    refreshTimer: null,
    pollTimer: null,
  };

  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [key, value] of Object.entries(attrs)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'class') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key === 'dataset') Object.assign(node.dataset, value);
        else node.setAttribute(key, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // ---- Talking to the control plane ------------------------------------------------------------------------------

  async function getJson(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    const body = await response.text();
    let json = null;
    try { json = body ? JSON.parse(body) : null; } catch (e) { json = null; }
    return { status: response.status, ok: response.ok, json, text: body, errorType: response.headers.get('x-amzn-ErrorType') };
  }

  async function send(method, path, body) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { status: response.status, ok: response.ok, json, text, errorType: response.headers.get('x-amzn-ErrorType') };
  }

  /** The emulator answers a route it does not serve with this AWS error: a feature this build does not have. */
  function notServed(result) {
    return result.status === 404 && result.errorType === 'UnknownOperationException';
  }

  function errorText(result) {
    return (result.json && result.json.message) || `HTTP ${result.status}`;
  }

  function notice(message, isError) {
    const box = $('notice');
    if (!message) { box.hidden = true; return; }
    box.textContent = message;
    box.className = 'notice' + (isError ? ' error' : '');
    box.hidden = false;
  }

  // ---- Search ----------------------------------------------------------------------------------------------------

  function unquote(value) {
    return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }

  /** The search box read into server filters (first of each operator) and client predicates (all of them). */
  function parseSearch(text) {
    const tokens = text.match(/[A-Za-z]+:"[^"]*"|"[^"]*"|\S+/g) || [];
    const server = {};
    const terms = [];
    const errors = [];
    for (const token of tokens) {
      const match = /^([A-Za-z]+):(.*)$/.exec(token);
      const op = match && match[1].toLowerCase();
      if (match && OPERATORS.has(op)) {
        const value = unquote(match[2]);
        if (!value) { errors.push(`${op}: needs a value`); continue; }
        if (op === 'is') {
          const kind = IS_VALUES[value.toLowerCase()];
          if (!kind) { errors.push(`is:${value} is not known (try is:bounced, is:delivered, is:complained, is:suppressed, is:failed, is:opened, is:clicked)`); continue; }
          terms.push({ op, value: kind });
        } else if (op === 'has') {
          if (!/^attachments?$/i.test(value)) { errors.push(`has:${value} is not known (try has:attachment)`); continue; }
          terms.push({ op, value: 'attachment' });
        } else {
          terms.push({ op, value });
          const param = SERVER_FILTERS[op];
          const wholeAddress = (op === 'to' || op === 'from') ? /^[^@\s]+@[^@\s]+$/.test(value) : true;
          if (param && !(param in server) && wholeAddress) server[param] = value;
        }
      } else {
        terms.push({ op: 'word', value: unquote(token).toLowerCase() });
      }
    }
    return { server, terms, errors };
  }

  function recipientsOf(email) {
    return (email.recipients || []).map((r) => r.address);
  }

  function kindsOf(email) {
    const kinds = new Set();
    for (const recipient of email.recipients || []) {
      const kind = OUTCOMES[recipient.outcome];
      if (kind) kinds.add(kind);
    }
    for (const event of ui.eventsByMessage.get(email.messageId) || []) {
      const kind = EVENT_KINDS[eventType(event)];
      if (kind && kind !== 'sent') kinds.add(kind);
    }
    return kinds;
  }

  function matches(email, terms) {
    const lower = (s) => (s || '').toLowerCase();
    return terms.every(({ op, value }) => {
      const v = value.toLowerCase();
      switch (op) {
        case 'to': return recipientsOf(email).some((a) => lower(a).includes(v));
        case 'from': return lower(email.from).includes(v);
        case 'subject': return lower(email.subject).includes(v);
        case 'cs': return email.configurationSet === value;
        case 'tag': return (email.tags || []).some((t) => `${t.name}:${t.value}` === value);
        case 'template': return !!email.template && email.template.name === value;
        case 'is': return kindsOf(email).has(value);
        case 'has': return (email.attachments || []).length > 0;
        default: return lower(email.subject).includes(v) || lower(email.from).includes(v)
          || recipientsOf(email).some((a) => lower(a).includes(v));
      }
    });
  }

  // ---- Events (from /_mock/events when the emulator records them) -----------------------------------------------

  function eventType(event) {
    const payload = event.payload || {};
    return event.type || event.eventType || payload.eventType || payload.notificationType || 'Event';
  }

  function eventMessageId(event) {
    return event.messageId || (event.payload && event.payload.mail && event.payload.mail.messageId);
  }

  function eventTime(event) {
    const payload = event.payload || {};
    const section = payload[String(eventType(event)).charAt(0).toLowerCase() + String(eventType(event)).slice(1)];
    return event.timestamp || event.time || event.recordedAt || (section && section.timestamp)
      || (payload.mail && payload.mail.timestamp) || null;
  }

  function eventList(json) {
    if (Array.isArray(json)) return json;
    if (json && Array.isArray(json.events)) return json.events;
    return [];
  }

  async function loadEvents(query) {
    if (ui.eventsApi === 'no') return null;
    try {
      const result = await getJson('/_mock/events' + (query || ''));
      if (notServed(result)) {
        ui.eventsApi = 'no';
        return null;
      }
      if (!result.ok) return null;
      ui.eventsApi = 'yes';
      return eventList(result.json);
    } catch (e) {
      return null;
    }
  }

  // ---- Inbox -----------------------------------------------------------------------------------------------------

  function listQuery(server) {
    const params = new URLSearchParams();
    params.set('limit', String(LIST_LIMIT));
    if (ui.account) params.set('account', ui.account);
    if (ui.region) params.set('region', ui.region);
    for (const [key, value] of Object.entries(server)) params.set(key, value);
    return '/_mock/emails?' + params.toString();
  }

  async function refreshInbox() {
    const search = parseSearch(ui.query);
    const searchError = $('search-error');
    searchError.textContent = search.errors.join('; ');
    searchError.hidden = search.errors.length === 0;
    let result;
    try {
      result = await getJson(listQuery(search.server));
    } catch (e) {
      notice('The emulator cannot be reached: ' + e.message, true);
      return;
    }
    if (!result.ok) {
      searchError.textContent = errorText(result);
      searchError.hidden = false;
      return;
    }
    notice(null);
    const events = await loadEvents('');
    ui.eventsByMessage = new Map();
    for (const event of events || []) {
      const id = eventMessageId(event);
      if (!id) continue;
      if (!ui.eventsByMessage.has(id)) ui.eventsByMessage.set(id, []);
      ui.eventsByMessage.get(id).push(event);
    }
    const emails = result.json.emails || [];
    for (const email of emails) {
      ui.seenAccounts.add(email.account);
      ui.seenRegions.add(email.region);
    }
    ui.total = result.json.total || 0;
    ui.emails = emails.filter((email) => matches(email, search.terms));
    renderInbox();
    refreshPickers();
  }

  function shortTime(iso) {
    if (!iso) return '';
    const date = new Date(iso);
    const now = new Date();
    const time = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    return date.toDateString() === now.toDateString() ? time : date.toLocaleDateString() + ' ' + time;
  }

  function chipsFor(email) {
    const counts = new Map();
    for (const recipient of email.recipients || []) {
      const kind = OUTCOMES[recipient.outcome];
      if (kind) counts.set(kind, (counts.get(kind) || 0) + 1);
    }
    for (const event of ui.eventsByMessage.get(email.messageId) || []) {
      const kind = EVENT_KINDS[eventType(event)];
      if (kind && kind !== 'sent' && !counts.has(kind)) counts.set(kind, 1);
    }
    const total = (email.recipients || []).length;
    return [...counts.entries()].map(([kind, count]) => el('span', {
      class: 'chip ' + (kind.replace(' ', '-')),
      title: `${count} of ${total} recipient(s)`,
      dataset: { chip: kind },
    }, total > 1 && count > 1 ? `${kind} ${count}` : kind));
  }

  /** What the list shows, to leave it as it is (scroll, focus, hover) when a refresh changed nothing. */
  function listSignature() {
    return ui.emails.map((email) => email.messageId + ':' + [...kindsOf(email)].join(',')).join('|');
  }

  function renderInbox() {
    const list = $('message-list');
    const previouslyKnown = ui.known;
    const firstRender = previouslyKnown.size === 0 && list.childElementCount === 0;
    const signature = listSignature();
    if (signature !== ui.listSignature) drawList(list, previouslyKnown, firstRender);
    ui.listSignature = signature;
    ui.known = new Set(ui.emails.map((email) => email.messageId));
    const filtered = ui.query.trim() !== '';
    $('inbox-count').textContent = String(ui.total);
    $('list-summary').textContent = filtered
      ? `${ui.emails.length} matching message(s)`
      : `${ui.emails.length} message(s)` + (ui.total > ui.emails.length ? ` (newest ${ui.emails.length} of ${ui.total})` : '');
    $('empty-inbox').hidden = ui.emails.length > 0 || filtered;
    if (ui.selectedId && ui.selected) {
      const fresh = ui.emails.find((email) => email.messageId === ui.selectedId);
      if (fresh) renderRecipients(fresh);
    }
  }

  function drawList(list, previouslyKnown, firstRender) {
    list.replaceChildren(...ui.emails.map((email) => {
      const recipients = [...email.to, ...email.cc, ...email.bcc];
      const shownTo = recipients.slice(0, 3).join(', ') + (recipients.length > 3 ? ` +${recipients.length - 3}` : '');
      const row = el('li', {
        class: 'message-row' + (email.messageId === ui.selectedId ? ' selected' : '')
          + (!firstRender && !previouslyKnown.has(email.messageId) ? ' fresh' : ''),
        dataset: { messageId: email.messageId },
        tabindex: 0,
      },
      el('span', { class: 'row-from', text: email.from }),
      el('span', { class: 'row-time', title: email.timestamp, text: shortTime(email.timestamp) }),
      el('span', { class: 'row-subject', text: email.subject || '(no subject)' }),
      el('span', { class: 'row-to', title: recipients.join(', ') }, 'to ' + (shownTo || '(nobody)')),
      el('span', { class: 'row-chips' },
        email.configurationSet ? el('span', { class: 'row-cs', title: 'configuration set', text: email.configurationSet }) : null,
        chipsFor(email)));
      row.addEventListener('click', () => selectMessage(email.messageId));
      row.addEventListener('keydown', (e) => { if (e.key === 'Enter') selectMessage(email.messageId); });
      return row;
    }));
  }

  // ---- One message -----------------------------------------------------------------------------------------------

  async function selectMessage(messageId) {
    ui.selectedId = messageId;
    for (const row of document.querySelectorAll('.message-row')) {
      row.classList.toggle('selected', row.dataset.messageId === messageId);
    }
    saveHash();
    const result = await getJson('/_mock/emails/' + encodeURIComponent(messageId));
    if (!result.ok) {
      ui.selected = null;
      $('message').hidden = true;
      $('no-message').hidden = false;
      $('no-message').textContent = errorText(result);
      return;
    }
    ui.selected = result.json;
    renderMessage(result.json);
  }

  function clearMessage() {
    ui.selectedId = null;
    ui.selected = null;
    $('message').hidden = true;
    $('no-message').hidden = false;
    $('no-message').textContent = 'Select a message.';
    saveHash();
  }

  function attachmentUrl(email, index) {
    return `/_mock/emails/${encodeURIComponent(email.messageId)}/attachments/${index}`;
  }

  /** cid: references of the HTML part point at the inline attachments they name. */
  function withInlineImages(email, html) {
    const byCid = new Map();
    (email.attachments || []).forEach((attachment, index) => {
      if (attachment.contentId) byCid.set(attachment.contentId.replace(/^<|>$/g, ''), index);
    });
    if (byCid.size === 0) return html;
    const origin = window.location.origin;
    return html.replace(/cid:([^"'\s)>]+)/gi, (whole, cid) => {
      const index = byCid.get(decodeURIComponent(cid));
      return index === undefined ? whole : origin + attachmentUrl(email, index);
    });
  }

  function metaRow(list, label, value) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
    list.append(el('dt', { text: label }), el('dd', { text: Array.isArray(value) ? value.join(', ') : String(value) }));
  }

  function renderRecipients(email) {
    const box = $('m-recipients');
    box.replaceChildren(...(email.recipients || []).map((recipient) => {
      const kind = OUTCOMES[recipient.outcome] || String(recipient.outcome || '').toLowerCase();
      const why = [recipient.bounceType, recipient.bounceSubType, recipient.diagnosticCode,
        recipient.autoReply ? 'auto-reply' : null].filter(Boolean).join(' · ');
      return el('span', { class: 'recipient', dataset: { address: recipient.address } },
        recipient.address + ' ',
        el('span', { class: 'chip ' + kind.replace(' ', '-'), dataset: { chip: kind }, text: kind }),
        why ? el('span', { class: 'why', text: ' ' + why }) : null);
    }));
  }

  function renderMessage(email) {
    $('no-message').hidden = true;
    $('message').hidden = false;
    $('m-subject').textContent = email.subject || '(no subject)';

    const meta = $('m-meta');
    meta.replaceChildren();
    metaRow(meta, 'From', email.from);
    metaRow(meta, 'To', email.to);
    metaRow(meta, 'Cc', email.cc);
    metaRow(meta, 'Bcc', email.bcc);
    metaRow(meta, 'Reply-To', email.replyTo);
    metaRow(meta, 'Sent', email.timestamp ? new Date(email.timestamp).toLocaleString() + ' (' + email.timestamp + ')' : null);
    metaRow(meta, 'Message id', email.messageId);
    metaRow(meta, 'Account', `${email.account} · ${email.region} · ${email.face}`);
    metaRow(meta, 'Configuration set', email.configurationSet);
    metaRow(meta, 'Pool', email.sendingPoolName);
    metaRow(meta, 'Tags', (email.tags || []).map((t) => `${t.name}=${t.value}`));
    metaRow(meta, 'Size', email.size + ' bytes');

    renderRecipients(email);

    const attachments = $('m-attachments');
    attachments.replaceChildren(...(email.attachments || []).map((attachment, index) => el('a', {
      href: attachmentUrl(email, index),
      download: attachment.fileName || `attachment-${index}`,
      class: 'attachment-link',
      title: `${attachment.contentType}, ${attachment.size} bytes` + (attachment.contentId ? `, Content-ID ${attachment.contentId}` : ''),
    }, `${attachment.fileName || 'attachment ' + index} (${attachment.contentType}, ${formatSize(attachment.size)})`)));

    const picker = $('simulate-recipient');
    picker.replaceChildren(...(email.recipients || []).map((r) => el('option', { value: r.address, text: r.address })));

    const frame = $('m-html');
    const html = email.html || (email.template && email.template.html) || null;
    $('m-no-html').hidden = !!html;
    frame.hidden = !html;
    frame.srcdoc = html ? withInlineImages(email, html) : '';
    $('m-text').textContent = email.text || '(no text part)';

    $('m-headers').replaceChildren(...(email.headers || []).map((header) =>
      el('tr', {}, el('td', { text: header.name }), el('td', { text: header.value }))));

    $('m-raw').textContent = '';
    $('m-raw').dataset.loadedFor = '';
    const rawUrl = `/_mock/emails/${encodeURIComponent(email.messageId)}/raw`;
    $('m-raw-download').href = rawUrl;
    $('m-raw-download').setAttribute('download', `${email.messageId}.eml`);

    renderTemplate(email);
    $('m-tab-template').disabled = !email.template;

    const preferred = ui.messageTab === 'template' && !email.template ? 'html' : ui.messageTab;
    showMessageTab(preferred === 'html' && !html && email.text ? 'text' : preferred);
    renderTimeline(email);
  }

  function formatSize(bytes) {
    if (bytes < 1024) return bytes + ' B';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function renderTemplate(email) {
    const box = $('m-template');
    const template = email.template;
    if (!template) { box.replaceChildren(el('div', { class: 'empty small', text: 'Not sent from a template.' })); return; }
    let data = template.data;
    try { data = JSON.stringify(JSON.parse(template.data), null, 2); } catch (e) { /* shown as sent */ }
    const rows = [
      ['Template', template.name || '(inline content)'],
      ['ARN', template.arn],
      ['Inline', template.inline ? 'yes' : 'no'],
      ['Rendered subject', template.subject],
    ].filter(([, value]) => value !== undefined && value !== null);
    box.replaceChildren(
      el('table', { class: 'kv' }, rows.map(([label, value]) => el('tr', {}, el('td', { text: label }), el('td', { text: value })))),
      template.renderingFailure ? el('p', { class: 'failure', text: 'Rendering failure: ' + template.renderingFailure }) : null,
      el('h4', { text: 'Template data' }),
      el('pre', { class: 'template-data', id: 'm-template-data', text: data || '(none)' }));
  }

  async function loadRaw() {
    const email = ui.selected;
    if (!email || $('m-raw').dataset.loadedFor === email.messageId) return;
    const response = await fetch(`/_mock/emails/${encodeURIComponent(email.messageId)}/raw`, { cache: 'no-store' });
    $('m-raw').textContent = response.ok ? await response.text() : `HTTP ${response.status}`;
    $('m-raw').dataset.loadedFor = email.messageId;
  }

  function showMessageTab(tab) {
    ui.messageTab = tab;
    for (const button of document.querySelectorAll('.m-tab')) button.classList.toggle('active', button.dataset.tab === tab);
    for (const panel of document.querySelectorAll('.m-panel')) panel.hidden = panel.dataset.panel !== tab;
    if (tab === 'raw') loadRaw();
  }

  /** What the mailbox simulator decided for each recipient, as a timeline, when no events are recorded. */
  function outcomeTimeline(email) {
    const items = [{ kind: 'sent', type: 'Send', time: email.timestamp, detail: `accepted for ${(email.recipients || []).length} recipient(s)` }];
    for (const recipient of email.recipients || []) {
      const kind = OUTCOMES[recipient.outcome] || 'other';
      const type = { delivered: 'Delivery', bounced: 'Bounce', complained: 'Complaint', suppressed: 'Bounce (suppressed)', 'rendering failure': 'Rendering Failure' }[kind] || recipient.outcome;
      const why = [recipient.bounceType, recipient.bounceSubType, recipient.diagnosticCode].filter(Boolean).join(' · ');
      items.push({ kind, type, time: email.timestamp, detail: recipient.address + (why ? ' — ' + why : '') });
    }
    return items;
  }

  /** Where the event was published (destination name and ARN) and what came of it (DELIVERED, FAILED, RECORDED_ONLY). */
  function describeDelivery(event) {
    const target = event.target || event.destination || event.eventDestination;
    const result = event.deliveryResult || event.result;
    const parts = [];
    if (target) {
      parts.push('to ' + (typeof target === 'string' ? target
        : [target.name || target.destinationName || target.type, target.arn].filter(Boolean).join(' ') || JSON.stringify(target)));
    }
    if (result) {
      parts.push(typeof result === 'string' ? result
        : [result.status || result.outcome || result.result, result.reason || result.message].filter(Boolean).join(': ')
          || JSON.stringify(result));
    }
    return parts.join(' · ');
  }

  /** The recipients an event is about: given by the emulator, or read from the SES event payload. */
  function eventRecipients(event) {
    if (event.recipient) return [event.recipient];
    if (Array.isArray(event.recipients)) return event.recipients;
    const payload = event.payload || {};
    const listed = (payload.bounce && payload.bounce.bouncedRecipients)
      || (payload.complaint && payload.complaint.complainedRecipients)
      || (payload.delivery && payload.delivery.recipients) || [];
    return listed.map((r) => (typeof r === 'string' ? r : r.emailAddress)).filter(Boolean);
  }

  async function renderTimeline(email) {
    const list = $('m-events');
    const note = $('m-events-note');
    const events = await loadEvents('?messageId=' + encodeURIComponent(email.messageId));
    if (ui.selectedId !== email.messageId) return;
    if (events === null || events.length === 0) {
      note.textContent = events !== null
        ? 'No events recorded for this message (does its configuration set have an event destination?): the outcomes the mailbox simulator decided are shown instead.'
        : ui.eventsApi === 'no'
          ? 'This emulator records no events (GET /_mock/events answered 404): the outcomes the mailbox simulator decided are shown instead.'
          : 'Events could not be read: the outcomes the mailbox simulator decided are shown instead.';
      list.replaceChildren(...outcomeTimeline(email).map((item) => el('li', { class: item.kind, dataset: { eventType: item.type } },
        el('span', { class: 'when', text: shortTime(item.time) }),
        el('strong', { text: item.type }), ' ',
        el('span', { class: 'detail', text: item.detail }))));
      return;
    }
    note.textContent = `${events.length} event(s), oldest first.`;
    const sorted = [...events].sort((a, b) => String(eventTime(a) || '').localeCompare(String(eventTime(b) || '')));
    list.replaceChildren(...sorted.map((event) => {
      const type = eventType(event);
      const kind = EVENT_KINDS[type] || 'other';
      const recipient = eventRecipients(event).join(', ');
      return el('li', { class: kind.replace(' ', '-'), dataset: { eventType: type } },
        el('span', { class: 'when', title: eventTime(event) || '', text: shortTime(eventTime(event)) }),
        el('strong', { text: type }), ' ',
        el('span', { class: 'detail', text: [recipient, describeDelivery(event)].filter(Boolean).join(' · ') }),
        event.payload ? el('details', {}, el('summary', { text: 'payload' }), el('pre', { text: JSON.stringify(event.payload, null, 2) })) : null);
    }));
  }

  async function simulate(type) {
    const email = ui.selected;
    if (!email) return;
    const recipient = $('simulate-recipient').value || undefined;
    const result = await send('POST', `/_mock/emails/${encodeURIComponent(email.messageId)}/events`, { type, recipient });
    if (!result.ok) {
      notice(notServed(result)
        ? `Simulating a ${type} needs event recording, which this emulator does not have (POST /_mock/emails/{id}/events answered 404).`
        : `Simulating a ${type} failed: ${errorText(result)}`, true);
      return;
    }
    notice(null);
    ui.eventsApi = 'unknown';
    await refreshInbox();
    await selectMessage(email.messageId);
    showMessageTab('events');
  }

  // ---- State and request log -------------------------------------------------------------------------------------

  const STATE_ORDER = ['ConfigurationSets', 'EventDestinations', 'EmailIdentities', 'DedicatedIpPools',
    'SuppressedDestinations', 'EmailTemplates', 'ContactLists', 'Account'];
  const NAME_KEYS = ['ConfigurationSetName', 'IdentityName', 'PoolName', 'EmailAddress', 'TemplateName', 'Name',
    'EventDestinationName', 'ContactListName'];

  function isEmpty(value) {
    return value === null || value === undefined || (Array.isArray(value) && value.length === 0)
      || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
  }

  function renderValue(value) {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item !== 'object' || item === null)) return value.join(', ');
      return el('div', {}, value.map((item) => el('div', { class: 'nested-item' }, renderValue(item))));
    }
    if (typeof value === 'object') {
      if (Array.isArray(value.Tags) && value.Tags.length === 0) { value = { ...value }; delete value.Tags; }
      return el('dl', { class: 'nested' }, Object.entries(value).filter(([, inner]) => !isEmpty(inner))
        .flatMap(([key, inner]) => [el('dt', { text: key }), el('dd', {}, renderValue(inner))]));
    }
    if (typeof value === 'number' && value > 1_000_000_000 && value < 10_000_000_000) {
      return new Date(value * 1000).toISOString();
    }
    return String(value);
  }

  function renderResources(kind, items) {
    const table = el('table', { class: 'grid' }, el('tbody', {}, items.map((item) => {
      const nameKey = NAME_KEYS.find((key) => key in item);
      const rest = { ...item };
      if (nameKey) delete rest[nameKey];
      return el('tr', { dataset: { name: nameKey ? item[nameKey] : '' } },
        el('td', { class: 'name', text: nameKey ? item[nameKey] : '' }),
        el('td', {}, renderValue(rest)));
    })));
    return el('div', { class: 'resource-kind', dataset: { kind } },
      el('h4', {}, kind, ' ', el('span', { class: 'count', text: `(${items.length})` })), table);
  }

  async function refreshState() {
    const result = await getJson('/_mock/state');
    if (!result.ok) { $('state').replaceChildren(el('div', { class: 'empty', text: errorText(result) })); return; }
    const scopes = (result.json || []).filter((scope) =>
      (!ui.account || scope.account === ui.account) && (!ui.region || scope.region === ui.region));
    for (const scope of result.json || []) { ui.seenAccounts.add(scope.account); ui.seenRegions.add(scope.region); }
    refreshPickers();
    if (ui.view !== 'state') return;
    if (scopes.length === 0) {
      $('state').replaceChildren(el('div', { class: 'empty', text: 'Nothing is stored' + (ui.account ? ' for this account' : '') + '.' }));
      return;
    }
    $('state').replaceChildren(...scopes.map((scope) => {
      const kinds = Object.keys(scope).filter((key) => key !== 'account' && key !== 'region')
        .sort((a, b) => (STATE_ORDER.indexOf(a) + 1 || 99) - (STATE_ORDER.indexOf(b) + 1 || 99));
      const shown = kinds.filter((kind) => Array.isArray(scope[kind]) ? scope[kind].length > 0 : scope[kind]);
      return el('section', { class: 'scope', dataset: { account: scope.account, region: scope.region } },
        el('h3', { text: `Account ${scope.account} · ${scope.region}` }),
        shown.length === 0 ? el('div', { class: 'resource-kind muted', text: 'No resources.' }) : null,
        shown.map((kind) => renderResources(kind, Array.isArray(scope[kind]) ? scope[kind] : [scope[kind]])));
    }));
  }

  async function refreshRequests() {
    const result = await getJson('/_mock/requests?limit=' + REQUESTS_LIMIT);
    if (!result.ok) return;
    const rows = (result.json || []).filter((entry) =>
      (!ui.account || entry.account === ui.account) && (!ui.region || entry.region === ui.region));
    $('requests').tBodies[0].replaceChildren(...rows.map((entry) => el('tr', { class: entry.errorType ? 'error' : '' },
      el('td', { title: entry.time, text: shortTime(entry.time) }),
      el('td', { text: entry.face }),
      el('td', { text: entry.operation || '(unknown path)' }),
      el('td', { text: entry.account }),
      el('td', { text: entry.region }),
      el('td', { text: entry.status }),
      el('td', { text: entry.errorType || '' }),
      el('td', { text: entry.durationMs }),
      el('td', { class: 'muted', text: entry.requestId }))));
  }

  // ---- Pickers, views, reset -------------------------------------------------------------------------------------

  function fillPicker(select, values, allLabel, current) {
    const wanted = ['', ...[...values].filter(Boolean).sort()];
    if (current && !wanted.includes(current)) wanted.push(current);
    const existing = [...select.options].map((o) => o.value);
    if (existing.join('\n') === wanted.join('\n')) return;
    select.replaceChildren(...wanted.map((value) => el('option', { value, text: value || allLabel })));
    select.value = current;
  }

  function refreshPickers() {
    fillPicker($('account-picker'), ui.seenAccounts, 'all accounts', ui.account);
    fillPicker($('region-picker'), ui.seenRegions, 'all regions', ui.region);
    $('reset-button').textContent = ui.account ? `Reset account ${ui.account}` : 'Reset everything';
  }

  function showView(view) {
    ui.view = view;
    for (const button of document.querySelectorAll('.view-tab')) button.classList.toggle('active', button.dataset.view === view);
    for (const section of document.querySelectorAll('.view')) section.hidden = section.id !== 'view-' + view;
    saveHash();
    if (view === 'state') refreshState();
    if (view === 'requests') refreshRequests();
  }

  let resetArmedUntil = 0;
  async function resetClicked() {
    const button = $('reset-button');
    if (Date.now() > resetArmedUntil) {
      resetArmedUntil = Date.now() + 4000;
      button.classList.add('armed');
      button.textContent = 'Click again to reset';
      setTimeout(() => { if (Date.now() >= resetArmedUntil) { button.classList.remove('armed'); refreshPickers(); } }, 4100);
      return;
    }
    resetArmedUntil = 0;
    button.classList.remove('armed');
    const result = await send('POST', '/_mock/reset' + (ui.account ? '?account=' + encodeURIComponent(ui.account) : ''));
    if (!result.ok) { notice('Reset failed: ' + errorText(result), true); return; }
    notice(ui.account ? `Account ${ui.account} was reset.` : 'Everything was reset.');
    if (!ui.account) { ui.seenAccounts.clear(); ui.seenRegions.clear(); }
    clearMessage();
    await refreshAll();
  }

  async function refreshAll() {
    await refreshInbox();
    if (ui.view === 'state') await refreshState();
    if (ui.view === 'requests') await refreshRequests();
  }

  function scheduleRefresh() {
    clearTimeout(ui.refreshTimer);
    ui.refreshTimer = setTimeout(async () => {
      await refreshAll();
      if (ui.selectedId && ui.selected && !ui.known.has(ui.selectedId)) {
        const still = await getJson('/_mock/emails/' + encodeURIComponent(ui.selectedId));
        if (!still.ok) clearMessage();
      } else if (ui.selected) {
        renderTimeline(ui.selected);
      }
    }, 150);
  }

  // ---- Live updates ----------------------------------------------------------------------------------------------

  function setLive(state, text) {
    const badge = $('live');
    badge.className = 'live ' + (state ? 'on' : 'off');
    badge.textContent = text;
    badge.dataset.state = state ? 'live' : 'offline';
  }

  function connect() {
    if (!window.EventSource) { startPolling('this browser has no EventSource'); return; }
    const source = new EventSource('/_mock/ui/stream');
    source.addEventListener('ready', () => {
      ui.live = true;
      setLive(true, 'live');
      stopPolling();
      // Whatever happened while the stream was down.
      scheduleRefresh();
    });
    source.addEventListener('email', (message) => {
      try {
        const data = JSON.parse(message.data);
        ui.seenAccounts.add(data.account);
        ui.seenRegions.add(data.region);
      } catch (e) { /* refreshed all the same */ }
      scheduleRefresh();
    });
    source.addEventListener('event', scheduleRefresh);
    source.addEventListener('reset', scheduleRefresh);
    source.onerror = () => {
      ui.live = false;
      if (source.readyState === EventSource.CLOSED) {
        // Refused (too many open pages) or not served: fall back to polling, and try the stream again later.
        source.close();
        startPolling('live updates unavailable');
        setTimeout(connect, 30000);
      } else {
        setLive(false, 'reconnecting…');
      }
    };
  }

  function startPolling(reason) {
    setLive(false, reason + ' · polling');
    if (!ui.pollTimer) ui.pollTimer = setInterval(refreshAll, POLL_MS);
  }

  function stopPolling() {
    clearInterval(ui.pollTimer);
    ui.pollTimer = null;
  }

  // ---- Where the page is, in its address ------------------------------------------------------------------------

  function saveHash() {
    const params = new URLSearchParams();
    if (ui.view !== 'inbox') params.set('view', ui.view);
    if (ui.account) params.set('account', ui.account);
    if (ui.region) params.set('region', ui.region);
    if (ui.query) params.set('q', ui.query);
    if (ui.selectedId) params.set('m', ui.selectedId);
    const hash = params.toString();
    history.replaceState(null, '', hash ? '#' + hash : window.location.pathname + window.location.search);
  }

  function loadHash() {
    const params = new URLSearchParams(window.location.hash.slice(1));
    ui.view = ['inbox', 'state', 'requests'].includes(params.get('view')) ? params.get('view') : 'inbox';
    ui.account = params.get('account') || '';
    ui.region = params.get('region') || '';
    ui.query = params.get('q') || '';
    ui.selectedId = params.get('m');
  }

  // ---- Start -----------------------------------------------------------------------------------------------------

  function start() {
    loadHash();
    $('search').value = ui.query;
    refreshPickers();
    for (const button of document.querySelectorAll('.view-tab')) button.addEventListener('click', () => showView(button.dataset.view));
    for (const button of document.querySelectorAll('.m-tab')) button.addEventListener('click', () => showMessageTab(button.dataset.tab));
    for (const button of document.querySelectorAll('.sim')) button.addEventListener('click', () => simulate(button.dataset.event));
    $('account-picker').addEventListener('change', (e) => { ui.account = e.target.value; saveHash(); refreshPickers(); refreshAll(); });
    $('region-picker').addEventListener('change', (e) => { ui.region = e.target.value; saveHash(); refreshAll(); });
    let searchTimer = null;
    $('search').addEventListener('input', (e) => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => { ui.query = e.target.value; saveHash(); refreshInbox(); }, 200);
    });
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(searchTimer);
      ui.query = $('search').value;
      saveHash();
      refreshInbox();
    });
    $('search-help-button').addEventListener('click', () => { $('search-help').hidden = !$('search-help').hidden; });
    $('reset-button').addEventListener('click', resetClicked);
    $('state-refresh').addEventListener('click', refreshState);
    $('requests-refresh').addEventListener('click', refreshRequests);
    $('requests-clear').addEventListener('click', async () => { await send('DELETE', '/_mock/requests'); refreshRequests(); });
    setInterval(() => { if (ui.view === 'requests' && !document.hidden) refreshRequests(); }, REQUESTS_REFRESH_MS);

    showView(ui.view);
    showMessageTab('html');
    refreshState();
    refreshInbox().then(() => { if (ui.selectedId) selectMessage(ui.selectedId); });
    connect();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
