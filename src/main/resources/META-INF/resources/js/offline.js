// RehabTrack's offline forms (docs/field-data.md, "Offline forms").
//
// The finding, progress and evaluation forms (marked data-offline) are sent from here rather than
// by the browser: each record is first kept in the phone's IndexedDB with its photos and a key made
// on the phone, then sent. Sent, it leaves the phone; with no connection, or signed out, it waits
// and is sent later, in order, by whichever page is open (at load, when the connection returns,
// and every half minute), as its own user only; refused on arrival, it stays with the service's
// reasons until the engineer corrects or discards it (the page /outbox). The key makes a send
// safe to repeat: the service answers a post it has already saved by leading to what it saved.
'use strict';

(function () {
  if (!('indexedDB' in window) || !window.fetch) {
    return;
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () {});
  }

  const DB_NAME = 'rehabtrack-outbox';
  const STORE = 'records';
  const PAGES = 'rehabtrack-pages';
  const FORMS = /^\/centers\/[^/]+\/(findings\/new|evaluations\/new|work-packages\/\d+\/progress)$/;
  const RETRY_MS = 30000;
  const texts = document.getElementById('offline-texts');
  const user = texts ? texts.dataset.user : null;
  let flushing = null;

  // ---- the phone's store --------------------------------------------------------------------

  function open() {
    return new Promise(function (resolve, reject) {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, act) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        const transaction = db.transaction(STORE, mode);
        const request = act(transaction.objectStore(STORE));
        transaction.oncomplete = function () { db.close(); resolve(request.result); };
        transaction.onerror = function () { db.close(); reject(transaction.error); };
        transaction.onabort = function () { db.close(); reject(transaction.error); };
      });
    });
  }

  const records = {
    all: function () { return run('readonly', function (s) { return s.getAll(); }); },
    get: function (id) { return run('readonly', function (s) { return s.get(id); }); },
    put: function (record) { return run('readwrite', function (s) { return s.put(record); }); },
    remove: function (id) { return run('readwrite', function (s) { return s.delete(id); }); }
  };

  /** A key made on the phone for one record: a random UUID. */
  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-'
      + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  /** What the form holds, as a record to keep: its fields, its chosen photos, where it goes. */
  function recordOf(form, earlier) {
    const fields = [];
    const files = [];
    new FormData(form).forEach(function (value, name) {
      if (name === 'csrf-token' || name === 'submission-key') {
        return;
      }
      if (value instanceof File) {
        if (value.size > 0) {
          files.push({ name: name, file: value, fileName: value.name, type: value.type });
        }
      } else {
        fields.push([name, value]);
      }
    });
    const heading = document.querySelector('main h1');
    const named = form.querySelector('[name=title]') || form.querySelector('[name=date]');
    const record = {
      key: earlier ? earlier.key : newKey(),
      user: user,
      action: form.getAttribute('action'),
      multipart: form.enctype === 'multipart/form-data',
      fields: fields,
      files: files,
      title: (heading ? heading.textContent.trim() : '') + (named && named.value ? ': ' + named.value : ''),
      center: (form.getAttribute('action').match(/^\/centers\/([^/]+)/) || [])[1] || '',
      form: location.pathname,
      savedAt: new Date().toISOString(),
      state: 'waiting',
      reasons: []
    };
    if (earlier) {
      record.id = earlier.id;
    }
    return record;
  }

  // ---- sending ------------------------------------------------------------------------------

  /** Who is signed in now and the token their forms carry; null when no one is, or offline. */
  function session() {
    return fetch('/outbox/session', { credentials: 'same-origin', cache: 'no-store',
      headers: { Accept: 'application/json' } })
      .then(function (answer) {
        const json = (answer.headers.get('Content-Type') || '').indexOf('application/json') === 0;
        return answer.ok && !answer.redirected && json ? answer.json() : null;
      })
      .catch(function () { return null; });
  }

  /** The reasons a refusing page gives: its alert, and each field's error with the field's label. */
  function reasonsOf(html) {
    const page = new DOMParser().parseFromString(html, 'text/html');
    const reasons = [];
    // "choose the photos again" is no reason: the record keeps its photos
    const fields = Array.from(page.querySelectorAll('main .field-error')).filter(function (p) {
      return !texts || p.textContent.trim() !== texts.dataset.photoAgain;
    });
    if (!fields.length) {
      // the page's own alert only when no field is at fault: else it says "correct them below"
      page.querySelectorAll('main .error[role=alert]').forEach(function (p) {
        reasons.push(p.textContent.trim());
      });
    }
    fields.forEach(function (p) {
      const field = p.id.replace(/-error$/, '');
      const label = page.querySelector('label[for="' + field + '"]')
        || page.querySelector('[aria-describedby="' + p.id + '"] legend');
      reasons.push((label ? label.textContent.trim() + ': ' : '') + p.textContent.trim());
    });
    if (!reasons.length) {
      // an error page: its title and first paragraph
      const heading = page.querySelector('main h1');
      const text = page.querySelector('main p');
      reasons.push([heading && heading.textContent.trim(), text && text.textContent.trim()]
        .filter(Boolean).join(': '));
    }
    return { reasons: reasons, page: page };
  }

  /**
   * Sends one record as the form would have, with the session's current token and the record's
   * key. Answers what became of it: sent (and where the service led), refused (with why),
   * signed out, or not now (no connection, or the service busy).
   */
  function send(record, current) {
    const body = record.multipart ? new FormData() : new URLSearchParams();
    body.append('csrf-token', current.csrf);
    body.append('submission-key', record.key);
    record.fields.forEach(function (field) { body.append(field[0], field[1]); });
    if (record.multipart) {
      record.files.forEach(function (f) { body.append(f.name, f.file, f.fileName); });
    }
    return fetch(record.action, { method: 'POST', body: body, credentials: 'same-origin',
      headers: { Accept: 'text/html' } })
      .then(function (answer) {
        const path = new URL(answer.url).pathname;
        if (path === '/login' || answer.status === 401) {
          return { outcome: 'signedOut' };
        }
        if (answer.ok && answer.redirected) {
          return { outcome: 'sent', url: answer.url };
        }
        if (answer.status >= 400 && answer.status < 500 && answer.status !== 408
            && answer.status !== 429) {
          return answer.text().then(function (html) {
            const read = reasonsOf(html);
            return { outcome: 'refused', reasons: read.reasons, page: read.page };
          });
        }
        return { outcome: 'later' };
      })
      .catch(function () { return { outcome: 'later' }; });
  }

  /**
   * Sends what waits, oldest first, of the user signed in now only; stops at the first that cannot
   * be sent now, so that records arrive in the order they were saved. Answers each outcome by id.
   */
  function flush() {
    if (flushing) {
      return flushing;
    }
    const outcomes = {};
    flushing = records.all()
      .then(function (all) {
        const waiting = all.filter(function (r) { return r.state === 'waiting'; })
          .sort(function (a, b) { return a.id - b.id; });
        if (!waiting.length) {
          return outcomes;
        }
        return session().then(function (current) {
          if (!current) {
            return outcomes;
          }
          const own = waiting.filter(function (r) { return r.user === current.user; });
          return own.reduce(function (previous, record) {
            return previous.then(function (go) {
              if (!go) {
                return false;
              }
              return send(record, current).then(function (result) {
                outcomes[record.id] = result;
                if (result.outcome === 'sent') {
                  return records.remove(record.id).then(function () { return true; });
                }
                if (result.outcome === 'refused') {
                  record.state = 'refused';
                  record.reasons = result.reasons;
                  return records.put(record).then(function () { return true; });
                }
                return false;
              });
            });
          }, Promise.resolve(true)).then(function () { return outcomes; });
        });
      })
      .catch(function () { return outcomes; })
      .finally(function () {
        flushing = null;
        showStatus();
        document.dispatchEvent(new CustomEvent('rehabtrack-outbox'));
      });
    return flushing;
  }

  // ---- what the pages show ------------------------------------------------------------------

  /** The count of what waits and what must be corrected, in the header, linking to /outbox. */
  function showStatus() {
    const status = document.getElementById('outbox-status');
    if (!status || !texts) {
      return Promise.resolve();
    }
    return records.all().then(function (all) {
      const waiting = all.filter(function (r) { return r.state === 'waiting'; }).length;
      const refused = all.length - waiting;
      const parts = [];
      if (waiting) {
        parts.push(texts.dataset.waiting.replace('%n', waiting));
      }
      if (refused) {
        parts.push(texts.dataset.refused.replace('%n', refused));
      }
      status.textContent = parts.join(' · ');
      status.hidden = parts.length === 0;
      status.dataset.waiting = String(waiting);
      status.dataset.refused = String(refused);
    }).catch(function () {});
  }

  /** Says something about the form just saved, where a screen reader hears it. */
  function notice(form, text) {
    let box = form.parentNode.querySelector('.offline-notice');
    if (!box) {
      box = document.createElement('p');
      box.className = 'note offline-notice';
      box.setAttribute('role', 'status');
      form.parentNode.insertBefore(box, form);
    }
    box.textContent = text;
    box.scrollIntoView({ block: 'center' });
  }

  /** The service's refusal shown in the form still filled in: its alert, each field's error. */
  function showRefusal(form, refusal) {
    form.querySelectorAll('.field-error').forEach(function (p) { p.remove(); });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) {
      e.removeAttribute('aria-invalid');
      e.removeAttribute('aria-describedby');
    });
    refusal.page.querySelectorAll('main .field-error').forEach(function (p) {
      if (p.textContent.trim() === texts.dataset.photoAgain) {
        return; // the page the service drew asks to choose the photos again: they are still chosen
      }
      const field = form.querySelector('#' + CSS.escape(p.id.replace(/-error$/, '')))
        || form.querySelector('[aria-describedby="' + p.id + '"]');
      const copy = document.importNode(p, true);
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', p.id);
        field.insertAdjacentElement('afterend', copy);
      } else {
        form.insertBefore(copy, form.firstChild);
      }
    });
    const alert = refusal.page.querySelector('main .error[role=alert]');
    let shown = form.parentNode.querySelector('.error[role=alert]');
    if (!shown) {
      shown = document.createElement('p');
      shown.className = 'error';
      shown.setAttribute('role', 'alert');
      form.parentNode.insertBefore(shown, form);
    }
    shown.textContent = alert ? alert.textContent.trim() : refusal.reasons.join(' ');
    shown.scrollIntoView();
  }

  /** Fills the form from a kept record, its photos chosen again, to correct what was refused. */
  function fill(form, record) {
    record.fields.forEach(function (field) {
      const element = form.elements.namedItem(field[0]);
      if (element) {
        element.value = field[1];
      }
    });
    const byInput = {};
    record.files.forEach(function (f) {
      (byInput[f.name] = byInput[f.name] || []).push(new File([f.file], f.fileName, { type: f.type }));
    });
    Object.keys(byInput).forEach(function (name) {
      const input = form.elements.namedItem(name);
      if (input && window.DataTransfer) {
        const chosen = new DataTransfer();
        byInput[name].forEach(function (file) { chosen.items.add(file); });
        input.files = chosen.files;
      }
    });
    const box = document.createElement('div');
    box.className = 'error';
    box.setAttribute('role', 'alert');
    const list = document.createElement('ul');
    record.reasons.forEach(function (reason) {
      const item = document.createElement('li');
      item.textContent = reason;
      list.appendChild(item);
    });
    box.appendChild(list);
    form.parentNode.insertBefore(box, form);
  }

  function bind(form) {
    let earlier = null;
    const correcting = location.hash.match(/^#outbox-(\d+)$/);
    if (correcting) {
      records.get(Number(correcting[1])).then(function (record) {
        if (record && record.action === form.getAttribute('action')) {
          earlier = record;
          fill(form, record);
        }
      });
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      const button = form.querySelector('[type=submit]');
      if (button) {
        button.disabled = true;
      }
      const record = recordOf(form, earlier);
      records.put(record)
        .then(function (id) {
          record.id = id;
          return showStatus();
        })
        .then(flush)
        .then(function (outcomes) {
          const result = outcomes[record.id];
          if (result && result.outcome === 'sent') {
            location.assign(result.url);
            return;
          }
          if (result && result.outcome === 'refused') {
            // The engineer is here to correct it: the form keeps what they typed and chose.
            earlier = null;
            return records.remove(record.id).then(showStatus).then(function () {
              showRefusal(form, result);
            });
          }
          earlier = null;
          form.reset();
          form.querySelectorAll('.field-error').forEach(function (p) { p.remove(); });
          notice(form, result && result.outcome === 'signedOut' ? texts.dataset.signIn
            : texts.dataset.saved);
        })
        .catch(function () { notice(form, texts.dataset.failed); })
        .finally(function () {
          if (button) {
            button.disabled = false;
          }
        });
    });
  }

  // ---- pages kept for offline use -----------------------------------------------------------

  /**
   * Keeps, while online, the forms this page links to and the outbox page, for offline use (and
   * the page itself, if the service worker did not see it load).
   */
  function keepForms() {
    if (!window.caches || !navigator.onLine) {
      return;
    }
    const urls = ['/outbox'];
    if (!navigator.serviceWorker || !navigator.serviceWorker.controller) {
      // loaded before the service worker was there to keep it: kept now
      urls.push(location.pathname + location.search);
    }
    document.querySelectorAll('a[href]').forEach(function (a) {
      const url = new URL(a.href, location.href);
      if (url.origin === location.origin && FORMS.test(url.pathname)
          && urls.indexOf(url.pathname) < 0) {
        urls.push(url.pathname);
      }
    });
    caches.open(PAGES).then(function (cache) {
      urls.forEach(function (url) {
        fetch(url, { credentials: 'same-origin' }).then(function (answer) {
          if (answer.ok && !answer.redirected) {
            cache.put(url, answer);
          }
        }).catch(function () {});
      });
    });
  }

  /** Signing out forgets the pages kept (they are the user's); the records waiting stay. */
  function forgetPagesOnSignOut() {
    document.querySelectorAll('form[action="/logout"]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.caches || form.dataset.forgotten) {
          return;
        }
        event.preventDefault();
        caches.delete(PAGES).finally(function () {
          form.dataset.forgotten = 'yes';
          form.submit();
        });
      });
    });
  }

  window.rehabtrackOutbox = { records: records, flush: flush, showStatus: showStatus };

  function start() {
    if (!texts) {
      return;
    }
    document.querySelectorAll('form[data-offline]').forEach(bind);
    forgetPagesOnSignOut();
    showStatus();
    keepForms();
    flush();
    window.addEventListener('online', flush);
    setInterval(flush, RETRY_MS);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
