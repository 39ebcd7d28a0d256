// The sandbox web chat. Everything the bot or a resident wrote is put on the page with textContent,
// never as HTML: a resident's message may well contain "<script>".
(() => {
  'use strict';

  const api = document.body.dataset.api;
  const POLL_MS = 1000;
  // Ward 4 of Sa Đéc, the ward the design notes start from.
  const SAMPLE_LOCATION = { latitude: 10.2915, longitude: 105.7585 };

  // Zalo users live in the page only (the server knows a Zalo user by the id alone); the first
  // plays a resident who writes to the ward's Zalo OA. Their zaloName goes along with what they
  // send: the Zalo stand-in gives it as their profile, as Zalo gives a follower's display name.
  const state = {
    personas: [],
    zaloPersonas: [{ id: 'zalo-lan', name: 'Chị Lan (Zalo)', zaloName: 'Chị Lan', zalo: true }],
    active: null,
    chats: new Map(),
  };
  const byId = (id) => document.getElementById(id);

  async function request(path, options) {
    const response = await fetch(api + path, options);
    if (!response.ok) {
      let message = 'lỗi ' + response.status;
      try {
        const body = await response.json();
        message = body.message || body.error || message;
      } catch (ignored) {
        // not JSON: keep the status
      }
      throw new Error(message);
    }
    return response.json();
  }

  function postJson(path, body) {
    return request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  function showStatus(text) {
    byId('status').textContent = text;
  }

  /** What the page knows of a chat: messages by id, and how far it has read. */
  function chat(id) {
    if (!state.chats.has(id)) {
      state.chats.set(id, { after: 0, since: 0, entries: new Map() });
    }
    return state.chats.get(id);
  }

  function activePersona() {
    return state.personas.find((p) => p.id === state.active);
  }

  /** Where the active chat's calls go: a Telegram persona's chat, or a Zalo user's. */
  function chatPath() {
    const persona = activePersona();
    return persona && persona.zalo ? `/zalo/${persona.id}` : `/chats/${state.active}`;
  }

  async function loadPersonas(selectId) {
    state.personas = [...await request('/personas'), ...state.zaloPersonas];
    select(selectId ?? state.active ?? state.personas[0].id);
  }

  function renderTabs() {
    const tabs = state.personas.map((persona) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(persona.id === state.active));
      tab.textContent = persona.name;
      tab.title = (persona.zalo ? 'Zalo user ' : 'Telegram id ') + persona.id;
      if (persona.official) {
        tab.classList.add('official');
      }
      tab.addEventListener('click', () => select(persona.id));
      return tab;
    });
    byId('personas').replaceChildren(...tabs);
  }

  function select(id) {
    state.active = id;
    renderTabs();
    const persona = activePersona();
    byId('chat-title').textContent =
      'Trò chuyện của ' + persona.name
      + (persona.official ? ' (cán bộ phường)' : persona.zalo ? ' (người dân, Zalo)' : ' (người dân)');
    renderMessages();
    poll();
  }

  async function poll() {
    const id = state.active;
    const known = chat(id);
    try {
      const page = await request(`${chatPath()}/messages?after=${known.after}&since=${known.since}`);
      for (const entry of page.messages) {
        known.entries.set(entry.messageId, entry);
        known.after = Math.max(known.after, entry.messageId);
      }
      known.since = Math.max(known.since, page.revision);
      if (id === state.active && page.messages.length > 0) {
        renderMessages();
      }
      showStatus('');
    } catch (e) {
      showStatus('Không kết nối được máy chủ: ' + e.message);
    }
  }

  function renderMessages() {
    const list = byId('messages');
    const entries = [...chat(state.active).entries.values()].sort((a, b) => a.messageId - b.messageId);
    list.replaceChildren(...entries.map(renderEntry));
    list.scrollTop = list.scrollHeight;
  }

  function renderEntry(entry) {
    const item = document.createElement('li');
    item.classList.add('message', entry.fromBot ? 'bot' : 'user');
    if (entry.deleted) {
      item.classList.add('deleted');
    }
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = (entry.fromBot ? 'Bot' : 'Bạn') + ' · #' + entry.messageId
      + (entry.edited ? ' · đã sửa' : '') + (entry.deleted ? ' · đã xóa' : '');
    item.append(meta);

    if (entry.kind === 'document' || entry.kind === 'photo') {
      item.append(attachment(entry));
    }
    if (entry.latitude != null) {
      const place = document.createElement('div');
      place.textContent = '📍 ' + (entry.venue ? entry.venue + ' — ' : '') + entry.latitude + ', ' + entry.longitude;
      item.append(place);
    }
    if (entry.text) {
      const text = document.createElement('div');
      text.textContent = entry.text;
      item.append(text);
    }
    if (entry.buttons.length > 0 && !entry.deleted) {
      item.append(keyboard(entry));
    }
    return item;
  }

  function attachment(entry) {
    const url = `${api}/chats/${state.active}/documents/${entry.messageId}`;
    if (entry.kind === 'photo') {
      const image = document.createElement('img');
      image.src = url;
      image.alt = 'Ảnh từ bot: ' + entry.fileName;
      return image;
    }
    const link = document.createElement('a');
    link.href = url;
    link.download = entry.fileName;
    link.textContent = '📄 ' + entry.fileName;
    return link;
  }

  function keyboard(entry) {
    const box = document.createElement('div');
    box.className = 'keyboard';
    for (const row of entry.buttons) {
      const line = document.createElement('div');
      line.className = 'row';
      for (const button of row) {
        line.append(button.data != null ? callbackButton(entry, button) : linkButton(button));
      }
      box.append(line);
    }
    return box;
  }

  function callbackButton(entry, button) {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = button.label;
    element.addEventListener('click', () =>
      act(postJson(`/chats/${state.active}/callbacks`, { messageId: entry.messageId, data: button.data })));
    return element;
  }

  function linkButton(button) {
    const link = document.createElement('a');
    link.textContent = '🔗 ' + button.label;
    // Only web links: a javascript: URL from a buggy bot must not run here.
    if (/^https?:\/\//i.test(button.url || '')) {
      link.href = button.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    return link;
  }

  /** Runs a send, then looks for the bot's answer at once rather than at the next tick. */
  async function act(sending) {
    try {
      await sending;
      showStatus('');
      await poll();
    } catch (e) {
      showStatus('Không gửi được: ' + e.message);
    }
  }

  function sendFile(input, kind) {
    const file = input.files[0];
    if (!file) {
      return;
    }
    const form = new FormData();
    form.append('file', file);
    if (activePersona().zalo) {
      form.append('name', activePersona().zaloName);
    }
    input.value = '';
    if (activePersona().zalo && kind !== 'photo') {
      showStatus('Hộp thử Zalo: chỉ gửi được chữ, ảnh và vị trí.');
      return;
    }
    act(request(`${chatPath()}/${kind}`, { method: 'POST', body: form }));
  }

  byId('compose').addEventListener('submit', (event) => {
    event.preventDefault();
    const box = byId('text');
    const text = box.value;
    if (text.trim() === '') {
      return;
    }
    box.value = '';
    act(postJson(`${chatPath()}/text`, { text, name: activePersona().zaloName }));
  });

  byId('text').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      byId('compose').requestSubmit();
    }
  });

  byId('photo').addEventListener('change', (event) => sendFile(event.target, 'photo'));
  byId('document').addEventListener('change', (event) => sendFile(event.target, 'document'));

  byId('sample-location').addEventListener('click', () => {
    byId('latitude').value = SAMPLE_LOCATION.latitude;
    byId('longitude').value = SAMPLE_LOCATION.longitude;
  });

  byId('location').addEventListener('submit', (event) => {
    event.preventDefault();
    act(postJson(`${chatPath()}/location`, {
      latitude: Number(byId('latitude').value),
      longitude: Number(byId('longitude').value),
      name: activePersona().zaloName,
    }));
  });

  byId('add-persona').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = byId('persona-name');
    const name = input.value.trim();
    if (name === '') {
      return;
    }
    try {
      if (byId('persona-zalo').checked) {
        // A Zalo user: an id of letters and digits, known to the page only.
        const id = 'zalo-' + Date.now().toString(36);
        state.zaloPersonas.push({ id, name: name + ' (Zalo)', zaloName: name, zalo: true });
        input.value = '';
        await loadPersonas(id);
        return;
      }
      const persona = await postJson('/personas', { name });
      input.value = '';
      await loadPersonas(persona.id);
    } catch (e) {
      showStatus('Không thêm được: ' + e.message);
    }
  });

  async function pollForever() {
    if (state.active != null) {
      await poll();
    }
    setTimeout(pollForever, POLL_MS);
  }

  loadPersonas().then(pollForever, (e) => showStatus('Không tải được danh sách: ' + e.message));
})();
