// Story embeds stay facades until the reader asks: nothing is fetched from a platform before a click on its button.
// The frame's address, allow list and title come from the page (built from validated parts by StaticNews); the sandbox
// and referrer policy are fixed here, so no content can loosen them. Without JavaScript the buttons stay hidden and the
// link to the original remains.
(function () {
  'use strict';
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';
  var REFERRER = 'strict-origin-when-cross-origin';

  function load(button) {
    var src = button.getAttribute('data-embed-src') || '';
    if (src.indexOf('https://') !== 0) return;
    var media;
    if (button.getAttribute('data-embed-kind') === 'audio') {
      media = document.createElement('audio');
      media.controls = true;
      media.autoplay = true;
    } else {
      media = document.createElement('iframe');
      media.setAttribute('sandbox', SANDBOX);
      media.setAttribute('allow', button.getAttribute('data-embed-allow') || '');
      media.setAttribute('referrerpolicy', REFERRER);
      media.setAttribute('title', button.getAttribute('data-embed-title') || 'Embedded content');
      media.setAttribute('allowfullscreen', '');
    }
    media.className = 'embed__frame';
    media.setAttribute('tabindex', '-1');
    media.setAttribute('src', src);
    var facade = button.closest('.embed__facade');
    facade.parentNode.replaceChild(media, facade);
    media.focus();
  }

  var buttons = document.querySelectorAll('button[data-embed-src]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener('click', function (event) { load(event.currentTarget); });
  }
})();
