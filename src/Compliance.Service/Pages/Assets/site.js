// The pages work without this script; it adds drag-and-drop, upload progress, polling of running checks and
// runs, and frames that grow to their report. No inline script anywhere: the pages' CSP allows only this file.
(function () {
  'use strict';

  function onReady(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function upload() {
    var form = document.getElementById('upload-form');
    if (!form) { return; }
    var drop = document.getElementById('drop');
    var input = document.getElementById('file');
    var chosen = document.getElementById('chosen');
    var clientError = document.getElementById('client-error');
    var progress = document.getElementById('upload-progress');
    var maxBytes = Number(form.dataset.maxBytes);
    var extensions = form.dataset.extensions.split(',');

    function problem(file) {
      var dot = file.name.lastIndexOf('.');
      var ext = dot < 0 ? '' : file.name.slice(dot).toLowerCase();
      if (extensions.indexOf(ext) < 0) { return file.name + '：只接受 ' + extensions.join('、') + ' 文件。'; }
      if (file.size === 0) { return file.name + '：文件为空。'; }
      if (file.size > maxBytes) { return file.name + '：文件大小 ' + file.size + ' 字节，超过 ' + maxBytes + ' 字节上限。'; }
      return null;
    }

    function showError(text) {
      clientError.textContent = text;
      clientError.classList.toggle('hidden', !text);
    }

    function show() {
      var file = input.files[0];
      chosen.textContent = file ? file.name + '（' + file.size + ' 字节）' : '';
      showError(file ? problem(file) : '');
    }

    input.addEventListener('change', show);
    ['dragenter', 'dragover'].forEach(function (name) {
      drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length > 0) {
        input.files = e.dataTransfer.files;
        show();
      }
    });

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var file = input.files[0];
      var text = file ? problem(file) : '请选择文件。';
      if (text) { showError(text); return; }
      showError('');
      var bar = progress.querySelector('progress');
      var label = progress.querySelector('.label');
      progress.classList.remove('hidden');
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action || window.location.pathname);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', function (p) {
        if (p.lengthComputable) {
          bar.value = Math.round(100 * p.loaded / p.total);
          label.textContent = '上传 ' + bar.value + '%';
        }
      });
      xhr.upload.addEventListener('load', function () { bar.removeAttribute('value'); label.textContent = '正在读取文件…'; });
      xhr.addEventListener('load', function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
        if (xhr.status < 300 && body && body.location) {
          label.textContent = '已接收，正在检查…';
          window.location.assign(body.location);
          return;
        }
        progress.classList.add('hidden');
        showError(body && body.title ? body.title + '：' + body.detail : '上传失败（HTTP ' + xhr.status + '）。');
      });
      xhr.addEventListener('error', function () { progress.classList.add('hidden'); showError('网络错误，上传未完成。'); });
      xhr.send(new FormData(form));
    });
  }

  function poll(url, every, handle) {
    function tick() {
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) { if (body && handle(body) !== false) { window.setTimeout(tick, every); } })
        .catch(function () { window.setTimeout(tick, every * 3); });
    }
    window.setTimeout(tick, every);
  }

  function submissionStatus() {
    var status = document.getElementById('status');
    if (!status || status.dataset.checking !== 'true') { return; }
    poll(status.dataset.statusUrl, 700, function (body) {
      if (!body.checking) { window.location.reload(); return false; }
      return true;
    });
  }

  function runProgress() {
    var run = document.getElementById('run');
    if (!run || run.dataset.finished === 'true') { return; }
    poll(run.dataset.progressUrl, 700, function (r) {
      var p = r.progress;
      document.getElementById('run-progress').value = p.percent;
      document.getElementById('run-label').textContent = (p.done + p.failed) + ' / ' + p.total + '（' + p.percent + '%）';
      ['done', 'failed', 'pending'].forEach(function (k) { document.getElementById('run-' + k).textContent = p[k]; });
      document.getElementById('run-errors').textContent = r.findings.errors;
      document.getElementById('run-warnings').textContent = r.findings.warnings;
      if (r.status === 'finished') {
        var s = document.getElementById('run-status');
        s.textContent = '已完成';
        s.className = 'done';
        document.getElementById('run-finished').textContent = new Date(r.finishedAt).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
        return false;
      }
      return true;
    });
  }

  function confirmations() {
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (e) { if (!window.confirm(form.dataset.confirm)) { e.preventDefault(); } });
    });
  }

  function frames() {
    document.querySelectorAll('iframe.report').forEach(function (frame) {
      frame.addEventListener('load', function () {
        try { frame.style.height = (frame.contentDocument.documentElement.scrollHeight + 24) + 'px'; } catch (ignored) { /* not same origin */ }
      });
    });
  }

  onReady(function () { upload(); submissionStatus(); runProgress(); confirmations(); frames(); });
}());
