// The editor page's script, served as /ui/editor.js (same origin, so the page's CSP can
// forbid inline scripts). Plain ES2020 in a string: the Worker ships it as is, with no
// bundler step and nothing fetched from a CDN. It only builds DOM nodes with textContent,
// never innerHTML, so article text and rule messages cannot inject markup.
//
// Flow: read the textarea (or a dropped .txt/.html file) -> POST /v1/audit as text/plain or
// text/html -> render score, counts and the article with nested <mark>s -> apply
// suggestions locally (offsets of the remaining findings shift) -> corrected text to copy.
export const EDITOR_JS = String.raw`'use strict';
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var config = JSON.parse($('config').textContent);
  var CATS = config.categories; // [{id, label, help}]
  var LABEL = {};
  CATS.forEach(function (c) { LABEL[c.id] = c.label; });

  var form = $('audit-form'), input = $('article'), formatSel = $('format'), rulesetIn = $('ruleset');
  var tokenIn = $('token'), fileIn = $('file'), drop = $('drop'), info = $('input-info');
  var errorBox = $('error'), auditBtn = $('audit-btn'), results = $('results');
  var docEl = $('doc'), tip = $('tip'), listEl = $('findings'), filtersEl = $('filters');
  var applyAllBtn = $('apply-all'), undoBtn = $('undo'), correctedPanel = $('corrected-panel');
  var corrected = $('corrected'), copyBtn = $('copy'), reauditBtn = $('reaudit'), status = $('status');

  var state = null; // {text, findings, hidden:Set, history:[]}
  var nextId = 1;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function announce(msg) { status.textContent = ''; setTimeout(function () { status.textContent = msg; }, 30); }
  function bytes(s) { return new TextEncoder().encode(s).length; }
  function fmtBytes(n) {
    if (n < 1024) return n + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KiB';
    return (n / 1024 / 1024).toFixed(2) + ' MiB';
  }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many || one + 's'); }

  // ---- input ---------------------------------------------------------------------------
  function looksLikeHtml(s) {
    return /<(html|body|p|div|br|h[1-6]|article|section|span|a|li|ul|ol|figure|figcaption|blockquote|strong|em)\b[^>]*>/i.test(s);
  }
  function effectiveFormat() {
    return formatSel.value === 'auto' ? (looksLikeHtml(input.value) ? 'html' : 'text') : formatSel.value;
  }
  function updateInfo() {
    var n = bytes(input.value);
    var over = n > config.maxBytes;
    info.textContent = fmtBytes(n) + (input.value ? ' · ' + (effectiveFormat() === 'html' ? 'HTML' : 'plain text') : '') +
      (over ? ' · over the ' + fmtBytes(config.maxBytes) + ' limit' : '');
    info.classList.toggle('warn', over);
  }
  input.addEventListener('input', updateInfo);
  formatSel.addEventListener('change', updateInfo);

  function showError(title, detail) {
    errorBox.textContent = '';
    errorBox.appendChild(el('strong', null, title));
    if (detail) errorBox.appendChild(el('p', null, detail));
    errorBox.hidden = false;
  }
  function clearError() { errorBox.hidden = true; errorBox.textContent = ''; }

  function loadFile(file) {
    if (!file) return;
    var name = file.name || '';
    var isHtml = /\.html?$/i.test(name) || file.type === 'text/html';
    var isText = /\.txt$/i.test(name) || file.type === 'text/plain';
    if (!isHtml && !isText) {
      showError('Unsupported file', '“' + name + '” is not a .txt or .html file. Drop or open a plain-text or HTML article.');
      return;
    }
    file.text().then(function (t) {
      input.value = t;
      formatSel.value = isHtml ? 'html' : 'text';
      clearError();
      updateInfo();
      announce('Loaded ' + name + ' (' + fmtBytes(file.size) + ')');
      input.focus();
    }, function () { showError('Could not read the file', name); });
  }
  fileIn.addEventListener('change', function () { loadFile(fileIn.files && fileIn.files[0]); fileIn.value = ''; });
  ['dragenter', 'dragover'].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('dragging'); });
  });
  ['dragleave', 'drop'].forEach(function (t) {
    drop.addEventListener(t, function () { drop.classList.remove('dragging'); });
  });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (f) loadFile(f);
  });

  try { var saved = localStorage.getItem('ta.ruleset'); if (saved) rulesetIn.value = saved; } catch (e) { /* private mode */ }

  // ---- audit ---------------------------------------------------------------------------
  function problemMessage(status, problem, sent) {
    var detail = problem && problem.detail ? problem.detail : '';
    switch (status) {
      case 413:
        var limit = problem && typeof problem.limit === 'number' ? problem.limit : config.maxBytes;
        return ['Article too large (413)', 'The article is ' + fmtBytes(sent) + '; the auditor accepts at most ' +
          fmtBytes(limit) + '. Audit it in parts, or remove embedded media and markup first.'];
      case 401: case 403:
        return ['Not authorised (' + status + ')', (detail ? detail + '. ' : '') + 'This auditor requires an access token: enter it under “Access token”.'];
      case 404:
        return ['Unknown rule set (404)', detail || 'No rule set with that id.'];
      case 415: case 422: case 400:
        return ['The article could not be audited (' + status + ')', detail];
      case 429:
        return ['Too many requests (429)', 'Wait a moment and try again.'];
      default:
        return ['The auditor failed (' + status + ')', detail || 'Try again in a moment.'];
    }
  }

  function runAudit(text, format) {
    clearError();
    if (!text.trim()) { showError('Nothing to audit', 'Paste an article, or drop a .txt or .html file.'); input.focus(); return; }
    var rs = rulesetIn.value.trim() || 'default';
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(rs)) {
      showError('Invalid rule set id', 'Use lower-case letters, digits, “-” and “_” (for example “default”).');
      rulesetIn.focus();
      return;
    }
    try { localStorage.setItem('ta.ruleset', rs); } catch (e) { /* private mode */ }
    var headers = { 'content-type': (format === 'html' ? 'text/html' : 'text/plain') + '; charset=utf-8', accept: 'application/json' };
    if (tokenIn.value.trim()) headers.authorization = 'Bearer ' + tokenIn.value.trim();
    var sent = bytes(text);
    auditBtn.disabled = true;
    auditBtn.setAttribute('aria-busy', 'true');
    auditBtn.textContent = 'Auditing…';
    var ctl = new AbortController();
    var timer = setTimeout(function () { ctl.abort(); }, 60000);
    fetch('/v1/audit?ruleset=' + encodeURIComponent(rs), { method: 'POST', headers: headers, body: text, signal: ctl.signal })
      .then(function (res) {
        return res.text().then(function (body) {
          var json = null;
          try { json = JSON.parse(body); } catch (e) { /* not JSON */ }
          if (!res.ok) {
            var m = problemMessage(res.status, json, sent);
            showError(m[0], m[1]);
            return;
          }
          if (!json || !Array.isArray(json.findings)) { showError('Unexpected answer', 'The auditor did not return a report.'); return; }
          showReport(json, format === 'html' && typeof json.text === 'string' ? json.text : text);
        });
      }, function (err) {
        if (err && err.name === 'AbortError') showError('The audit timed out', 'No answer within 60 seconds. Try again, or audit a shorter text.');
        else showError('Network error: the auditor could not be reached', 'Check your connection (or that the Worker is running) and try again. Your text is still here.');
      })
      .finally(function () {
        clearTimeout(timer);
        auditBtn.disabled = false;
        auditBtn.removeAttribute('aria-busy');
        auditBtn.textContent = 'Audit';
      });
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); runAudit(input.value, effectiveFormat()); });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runAudit(input.value, effectiveFormat()); }
  });

  // ---- report --------------------------------------------------------------------------
  function showReport(r, text) {
    state = {
      report: r,
      text: text,
      findings: r.findings.map(function (f) { return Object.assign({}, f, { id: nextId++ }); }),
      hidden: state ? state.hidden : new Set(),
      history: [],
    };
    $('score').textContent = r.score.toFixed(1);
    var v = $('verdict');
    v.textContent = r.verdict;
    v.className = 'verdict verdict-' + r.verdict;
    var lang = r.language && r.language.source ? ' · source language ' + r.language.source.language : '';
    $('meta').textContent = plural(r.findings.length, 'finding') + ' · ' + plural(r.stats.words, 'word') +
      ' · rule set ' + r.ruleset.id + ' v' + r.ruleset.version + lang + ' · ' + r.stats.durationMs.toFixed(1) + ' ms';
    var notes = $('notes');
    notes.textContent = '';
    (r.notes || []).forEach(function (n) { notes.appendChild(el('li', null, n)); });
    results.hidden = false;
    correctedPanel.hidden = true;
    render();
    var h = $('results-h');
    h.focus();
    announce('Audit done: score ' + r.score.toFixed(1) + ', ' + r.verdict + ', ' + plural(r.findings.length, 'finding') + '.');
  }

  function lineStarts(text) {
    var starts = [0];
    for (var i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    return starts;
  }
  function lineCol(starts, offset) {
    var lo = 0, hi = starts.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return [lo + 1, offset - starts[lo] + 1];
  }
  function visible(f) { return !state.hidden.has(f.category); }

  function renderFilters() {
    var counts = {};
    state.findings.forEach(function (f) { counts[f.category] = (counts[f.category] || 0) + 1; });
    filtersEl.textContent = '';
    filtersEl.appendChild(el('legend', null, 'Categories (uncheck to hide)'));
    CATS.forEach(function (c) {
      var n = counts[c.id] || 0;
      var label = el('label', 'filter cat-' + c.id + (n ? '' : ' empty'));
      label.title = c.help;
      var box = el('input');
      box.type = 'checkbox';
      box.checked = !state.hidden.has(c.id);
      box.dataset.category = c.id;
      box.addEventListener('change', function () {
        if (box.checked) state.hidden.delete(c.id); else state.hidden.add(c.id);
        render(true);
      });
      label.appendChild(box);
      label.appendChild(el('span', 'swatch'));
      label.appendChild(el('span', 'filter-label', c.label));
      label.appendChild(el('span', 'count', n));
      filtersEl.appendChild(label);
    });
  }

  function makeMark(f) {
    var m = el('mark', 'f cat-' + f.category + ' sev-' + f.severity);
    m.tabIndex = 0;
    m.dataset.id = String(f.id);
    m.setAttribute('role', 'button');
    m.setAttribute('aria-label', state.text.slice(f.start, f.end).slice(0, 80) + ': ' + LABEL[f.category] + ', ' + f.severity);
    return m;
  }

  // Marks nest when one finding lies inside another; a partial overlap is clipped.
  function renderDoc() {
    var list = state.findings.filter(visible).filter(function (f) { return f.end > f.start; })
      .sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var text = state.text;
    function build(parent, from, to, items) {
      var pos = from, i = 0;
      while (i < items.length) {
        var f = items[i++];
        var s = Math.max(f.start, pos), e = Math.min(f.end, to);
        if (s >= e) continue;
        var inner = [];
        while (i < items.length && items[i].start < e) inner.push(items[i++]);
        if (s > pos) parent.appendChild(document.createTextNode(text.slice(pos, s)));
        var m = makeMark(f);
        build(m, s, e, inner);
        parent.appendChild(m);
        pos = e;
      }
      if (to > pos) parent.appendChild(document.createTextNode(text.slice(pos, to)));
    }
    docEl.textContent = '';
    build(docEl, 0, text.length, list);
  }

  function renderList() {
    var starts = lineStarts(state.text);
    listEl.textContent = '';
    var shown = state.findings.filter(visible).sort(function (a, b) { return a.start - b.start; });
    shown.forEach(function (f) {
      var li = el('li', 'finding cat-' + f.category);
      li.dataset.id = String(f.id);
      var lc = lineCol(starts, f.start);
      var head = el('div', 'finding-head');
      head.appendChild(el('span', 'swatch'));
      head.appendChild(el('span', 'finding-cat', LABEL[f.category]));
      head.appendChild(el('span', 'sev sev-' + f.severity, f.severity));
      head.appendChild(el('span', 'where', 'line ' + lc[0] + ', col ' + lc[1]));
      li.appendChild(head);
      var excerpt = state.text.slice(f.start, f.end);
      li.appendChild(el('q', 'excerpt', excerpt.length > 160 ? excerpt.slice(0, 157) + '…' : excerpt));
      li.appendChild(el('p', 'message', f.message));
      var actions = el('div', 'actions');
      var show = el('button', 'link', 'Show in text');
      show.type = 'button';
      show.addEventListener('click', function () { focusMark(f.id); });
      actions.appendChild(show);
      if (f.suggestion !== undefined && f.suggestion !== null) {
        var sug = el('span', 'suggestion');
        sug.appendChild(document.createTextNode('Suggestion: '));
        sug.appendChild(el('kbd', null, f.suggestion === '' ? '(delete)' : f.suggestion));
        li.appendChild(sug);
        var apply = el('button', 'apply', 'Apply');
        apply.type = 'button';
        apply.setAttribute('aria-label', 'Apply suggestion: replace “' + excerpt.slice(0, 60) + '” with “' + f.suggestion + '”');
        apply.addEventListener('click', function () { applyOne(f.id, null); });
        actions.appendChild(apply);
      }
      li.appendChild(actions);
      listEl.appendChild(li);
    });
    if (!shown.length) listEl.appendChild(el('li', 'none', state.findings.length ? 'All findings are hidden by the category filters.' : 'No findings.'));
  }

  function render(keepTip) {
    if (!keepTip) hideTip(true);
    renderFilters();
    renderDoc();
    renderList();
    var applicable = state.findings.filter(function (f) { return visible(f) && f.suggestion !== undefined && f.suggestion !== null; });
    applyAllBtn.textContent = 'Apply all suggestions (' + applicable.length + ')';
    applyAllBtn.disabled = applicable.length === 0;
    undoBtn.disabled = state.history.length === 0;
    var counts = $('counts');
    counts.textContent = state.findings.length === state.report.findings.length
      ? plural(state.findings.length, 'finding')
      : plural(state.findings.length, 'finding') + ' left of ' + state.report.findings.length;
  }

  // ---- tooltip -------------------------------------------------------------------------
  var tipFor = null, tipPinned = false, hideTimer = 0;
  function byId(id) { return state && state.findings.find(function (f) { return f.id === id; }); }
  function showTip(mark, pin) {
    var f = byId(Number(mark.dataset.id));
    if (!f) return;
    clearTimeout(hideTimer);
    tipFor = f.id;
    tipPinned = tipPinned || !!pin;
    tip.textContent = '';
    var head = el('div', 'tip-head cat-' + f.category);
    head.appendChild(el('span', 'swatch'));
    head.appendChild(el('strong', null, LABEL[f.category]));
    head.appendChild(el('span', 'sev sev-' + f.severity, f.severity));
    head.appendChild(el('span', 'conf', Math.round(f.confidence * 100) + '% sure'));
    tip.appendChild(head);
    tip.appendChild(el('p', 'tip-message', f.message));
    if (f.suggestion !== undefined && f.suggestion !== null) {
      var p = el('p', 'tip-suggestion');
      p.appendChild(document.createTextNode('Suggestion: '));
      p.appendChild(el('kbd', null, f.suggestion === '' ? '(delete)' : f.suggestion));
      tip.appendChild(p);
      var b = el('button', 'apply', 'Apply');
      b.type = 'button';
      b.addEventListener('click', function () { applyOne(f.id, mark); });
      tip.appendChild(b);
      tip.appendChild(el('span', 'hint', ' Enter applies · Esc closes'));
    } else {
      tip.appendChild(el('span', 'hint', 'No automatic fix: edit the text. Esc closes'));
    }
    tip.hidden = false;
    mark.setAttribute('aria-describedby', 'tip');
    position(mark);
  }
  function position(mark) {
    var r = mark.getBoundingClientRect();
    var host = docEl.parentElement.getBoundingClientRect();
    var w = Math.min(tip.offsetWidth, host.width);
    var left = Math.max(0, Math.min(r.left - host.left, host.width - w));
    tip.style.left = left + 'px';
    tip.style.top = (r.bottom - host.top + 6) + 'px';
  }
  function hideTip(force) {
    if (tipPinned && !force) return;
    tip.hidden = true;
    tipFor = null;
    tipPinned = false;
    var d = docEl.querySelector('[aria-describedby="tip"]');
    if (d) d.removeAttribute('aria-describedby');
  }
  function scheduleHide() { clearTimeout(hideTimer); hideTimer = setTimeout(function () { hideTip(false); }, 250); }

  docEl.addEventListener('mouseover', function (e) {
    var m = e.target.closest && e.target.closest('mark.f');
    if (m && Number(m.dataset.id) !== tipFor && !tipPinned) showTip(m, false);
    else if (m) clearTimeout(hideTimer);
  });
  docEl.addEventListener('mouseleave', scheduleHide);
  tip.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
  tip.addEventListener('mouseleave', scheduleHide);
  docEl.addEventListener('focusin', function (e) {
    var m = e.target.closest && e.target.closest('mark.f');
    if (m) { tipPinned = false; showTip(m, false); }
  });
  docEl.addEventListener('focusout', function (e) {
    if (!e.relatedTarget || (!tip.contains(e.relatedTarget) && !docEl.contains(e.relatedTarget))) scheduleHide();
  });
  docEl.addEventListener('click', function (e) {
    var m = e.target.closest && e.target.closest('mark.f');
    if (m) { tipPinned = false; showTip(m, true); }
  });
  docEl.addEventListener('keydown', function (e) {
    var m = e.target.closest && e.target.closest('mark.f');
    if (!m) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      var f = byId(Number(m.dataset.id));
      if (f && f.suggestion !== undefined && f.suggestion !== null) applyOne(f.id, m);
      else showTip(m, true);
    } else if (e.key === 'Escape') {
      hideTip(true);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      var marks = Array.prototype.slice.call(docEl.querySelectorAll('mark.f'));
      var i = marks.indexOf(m) + (e.key === 'ArrowRight' ? 1 : -1);
      if (marks[i]) { e.preventDefault(); marks[i].focus(); }
    }
  });
  tip.addEventListener('keydown', function (e) { if (e.key === 'Escape') hideTip(true); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !tip.hidden) hideTip(true); });
  document.addEventListener('click', function (e) {
    if (!tip.hidden && !tip.contains(e.target) && !docEl.contains(e.target)) hideTip(true);
  });

  function focusMark(id) {
    var m = docEl.querySelector('mark.f[data-id="' + id + '"]');
    if (!m) return;
    m.scrollIntoView({ block: 'center', behavior: 'smooth' });
    m.focus({ preventScroll: true });
  }

  // ---- applying suggestions ------------------------------------------------------------
  // Replace [start, end) with the suggestion; later findings shift, findings around it stretch,
  // findings overlapping it are dropped (the text they pointed at is gone).
  function applyRaw(f) {
    var sug = String(f.suggestion);
    var delta = sug.length - (f.end - f.start);
    state.text = state.text.slice(0, f.start) + sug + state.text.slice(f.end);
    state.findings = state.findings.filter(function (g) {
      if (g === f) return false;
      if (g.end <= f.start || g.start >= f.end) return true;
      return g.start <= f.start && g.end >= f.end && !(g.start === f.start && g.end === f.end);
    }).map(function (g) {
      if (g.start >= f.end) return Object.assign({}, g, { start: g.start + delta, end: g.end + delta });
      if (g.end >= f.end && g.start <= f.start) {
        var h = Object.assign({}, g, { end: g.end + delta });
        delete h.suggestion; // its replacement was computed for the old text
        return h;
      }
      return g;
    });
  }
  function snapshot() { state.history.push({ text: state.text, findings: state.findings.slice() }); }
  function afterApply(msg, focusFrom) {
    corrected.value = state.text;
    correctedPanel.hidden = false;
    render();
    announce(msg);
    if (focusFrom !== null && focusFrom !== undefined) {
      var marks = Array.prototype.slice.call(docEl.querySelectorAll('mark.f'));
      var next = marks.find(function (m) { return byId(Number(m.dataset.id)).start >= focusFrom; }) || marks[marks.length - 1];
      if (next) next.focus(); else docEl.focus();
    }
  }
  function applyOne(id, fromMark) {
    var f = byId(id);
    if (!f || f.suggestion === undefined || f.suggestion === null) return;
    var before = state.text.slice(f.start, f.end);
    snapshot();
    applyRaw(f);
    afterApply('Replaced “' + before.slice(0, 60) + '” with “' + f.suggestion + '”. ' + plural(state.findings.length, 'finding') + ' left.',
      fromMark ? f.start : null);
  }
  applyAllBtn.addEventListener('click', function () {
    var todo = state.findings.filter(function (f) { return visible(f) && f.suggestion !== undefined && f.suggestion !== null; })
      .sort(function (a, b) { return b.start - a.start; });
    if (!todo.length) return;
    snapshot();
    var n = 0;
    todo.forEach(function (f) {
      var cur = byId(f.id);
      if (cur && cur.suggestion !== undefined) { applyRaw(cur); n++; }
    });
    afterApply('Applied ' + plural(n, 'suggestion') + '. The corrected text is ready to copy.', null);
    corrected.focus();
  });
  undoBtn.addEventListener('click', function () {
    var prev = state.history.pop();
    if (!prev) return;
    state.text = prev.text;
    state.findings = prev.findings;
    corrected.value = state.text;
    correctedPanel.hidden = state.history.length === 0;
    render();
    announce('Undone.');
  });
  copyBtn.addEventListener('click', function () {
    var done = function () { announce('Corrected text copied to the clipboard.'); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(corrected.value).then(done, function () { corrected.select(); document.execCommand('copy'); done(); });
    } else {
      corrected.select();
      document.execCommand('copy');
      done();
    }
  });
  reauditBtn.addEventListener('click', function () {
    input.value = corrected.value;
    formatSel.value = 'text';
    updateInfo();
    runAudit(input.value, 'text');
  });

  updateInfo();
})();
`
