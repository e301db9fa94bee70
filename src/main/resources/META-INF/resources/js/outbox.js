// The page /outbox: what waits on this phone to be sent, from the store /js/offline.js keeps.
// Each record says who saved it, when, and its state; a refused one, why, with a link to its
// form filled in again to correct it. Any record may be discarded.
'use strict';

(function () {
  const list = document.getElementById('outbox-list');
  const outbox = window.rehabtrackOutbox;
  if (!list || !outbox) {
    return;
  }
  const t = list.dataset;
  const empty = document.getElementById('outbox-empty');
  const user = document.getElementById('offline-texts').dataset.user;
  const when = new Intl.DateTimeFormat(t.lang === 'es' ? 'es-HN' : 'en-GB',
    { dateStyle: 'short', timeStyle: 'short' });

  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function render() {
    return outbox.records.all().then(function (all) {
      list.replaceChildren();
      empty.hidden = all.length > 0;
      all.sort(function (a, b) { return a.id - b.id; }).forEach(function (record) {
        const item = element('li', 'outbox-record');
        item.dataset.state = record.state;
        item.appendChild(element('strong', null, record.title || record.action));
        item.appendChild(element('span', 'outbox-meta', [record.center,
          t.savedAt + ' ' + when.format(new Date(record.savedAt)),
          t.photos.replace('%n', record.files.length)].filter(Boolean).join(' · ')));
        let state = record.state === 'refused' ? t.refused : t.waiting;
        if (record.user !== user) {
          state = t.otherUser.replace('%u', record.user);
        }
        item.appendChild(element('span', 'outbox-state', state));
        if (record.reasons && record.reasons.length) {
          const reasons = element('ul', 'error');
          record.reasons.forEach(function (reason) { reasons.appendChild(element('li', null, reason)); });
          item.appendChild(reasons);
        }
        const actions = element('p', 'outbox-actions');
        if (record.user === user) {
          const correct = element('a', 'button', t.correct);
          correct.href = record.form + '#outbox-' + record.id;
          actions.appendChild(correct);
        }
        const discard = element('button', null, t.discard);
        discard.type = 'button';
        discard.addEventListener('click', function () {
          if (window.confirm(t.discardConfirm)) {
            outbox.records.remove(record.id).then(outbox.showStatus).then(render);
          }
        });
        actions.appendChild(discard);
        item.appendChild(actions);
        list.appendChild(item);
      });
    });
  }

  document.getElementById('outbox-send').addEventListener('click', function () {
    outbox.flush().then(render);
  });
  document.addEventListener('rehabtrack-outbox', render);
  render();
})();
