/* The resident page without a framework. Everything works without this script; with it, photos
   are made small in the phone (canvas to JPEG, at most 1600 px) before they cross a slow line,
   and similar matters of the khóm are shown before sending, as the bot does. */
(function () {
  'use strict';
  var form = document.getElementById('filing');
  if (!form || !window.fetch || !window.FormData || !HTMLCanvasElement.prototype.toBlob) {
    return;
  }
  var MAX_SIDE = 1600;
  var MAX_PHOTOS = 3;
  var send = document.getElementById('send');
  var confirmed = document.getElementById('confirmed');
  var similar = document.getElementById('similar');

  function shrink(file) {
    return new Promise(function (done) {
      var url = URL.createObjectURL(file);
      var img = new Image();
      img.onload = function () {
        var scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(img.naturalWidth * scale);
        canvas.height = Math.round(img.naturalHeight * scale);
        canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(url);
        canvas.toBlob(function (blob) { done(blob || file); }, 'image/jpeg', 0.8);
      };
      img.onerror = function () { URL.revokeObjectURL(url); done(file); };
      img.src = url;
    });
  }

  function supportForm(item) {
    var f = document.createElement('form');
    f.method = 'post';
    f.action = '/y-kien/ung-ho';
    var p = document.createElement('p');
    var b = document.createElement('b');
    b.textContent = item.reference + ' ';
    p.appendChild(b);
    p.appendChild(document.createTextNode(item.text));
    f.appendChild(p);
    [['number', item.number], ['contact', form.contact.value], ['challenge', form.challenge.value]].forEach(function (pair) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = pair[0];
      input.value = pair[1];
      f.appendChild(input);
    });
    var button = document.createElement('button');
    button.type = 'submit';
    button.className = 'second';
    button.textContent = similar.getAttribute('data-support').replace('{n}', item.reference);
    f.appendChild(button);
    return f;
  }

  /* Shows the khóm's similar open matters once; true when there were any. */
  function showSimilar() {
    var query = '?ward=' + encodeURIComponent(form.ward.value) + '&neighbourhood=' + encodeURIComponent(form.khom.value)
      + '&text=' + encodeURIComponent(form.text.value);
    return fetch('/api/public/similar' + query).then(function (r) { return r.ok ? r.json() : []; }).then(function (items) {
      confirmed.value = 'true';
      if (!items.length) {
        return false;
      }
      var list = document.getElementById('similar-items');
      list.textContent = '';
      items.forEach(function (item) { list.appendChild(supportForm(item)); });
      similar.hidden = false;
      similar.scrollIntoView();
      return true;
    }, function () { return false; });
  }

  function post() {
    var data = new FormData(form);
    data.delete('photos');
    var files = Array.prototype.slice.call(form.photos.files, 0, MAX_PHOTOS);
    return Promise.all(files.map(shrink)).then(function (blobs) {
      blobs.forEach(function (blob, i) { data.append('photos', blob, 'photo-' + (i + 1) + '.jpg'); });
      return fetch(form.action, { method: 'POST', body: data });
    }).then(function (response) {
      if (response.redirected) {
        location.href = response.url;
        return;
      }
      return response.text().then(function (html) {
        document.open();
        document.write(html);
        document.close();
      });
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var label = send.textContent;
    send.disabled = true;
    send.textContent = send.getAttribute('data-sending');
    var step = confirmed.value === 'true' ? Promise.resolve(false) : showSimilar();
    step.then(function (shown) { return shown ? null : post(); }).catch(function () {
      form.submit();
    }).then(function () {
      send.disabled = false;
      send.textContent = label;
    });
  });
}());
