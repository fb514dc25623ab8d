// Live blogs: polls the page's own updates.json (never another origin) while coverage runs, offers "N new updates" and
// inserts them on a click, without a reload. Every 30 s (the section's data-live-interval), twice as long after each
// failure up to 8 times, paused while the tab is hidden, stopped once the file says coverage has ended.
// Without JavaScript the page is complete as built; this only adds what was published since.
(function () {
  'use strict';
  var section = document.querySelector('.live-updates[data-live-src]');
  if (!section || !window.fetch || !window.URL) return;
  var source = new URL(section.getAttribute('data-live-src'), window.location.href);
  if (source.origin !== window.location.origin) return;

  var list = section.querySelector('.live-updates__list');
  var canonical = document.querySelector('link[rel="canonical"]');
  var pageUrl = canonical ? canonical.href.split('#')[0] : window.location.href.split('#')[0];
  var pending = [];
  var failures = 0;
  var timer = null;
  var stopped = false;

  var notice = document.createElement('div');
  notice.className = 'live-updates__notice';
  notice.setAttribute('role', 'status');
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'live-updates__new';
  button.hidden = true;
  notice.appendChild(button);
  section.insertBefore(notice, list);

  function interval() {
    var base = parseInt(section.getAttribute('data-live-interval'), 10);
    if (!(base > 0)) base = 30000;
    return base * Math.pow(2, Math.min(failures, 3));
  }

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = null;
    if (stopped || document.hidden) return;
    timer = window.setTimeout(poll, delay);
  }

  function known(id) {
    if (document.getElementById(id)) return true;
    for (var i = 0; i < pending.length; i++) if (pending[i].id === id) return true;
    return false;
  }

  function poll() {
    window.fetch(source.href, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(function (data) {
        failures = 0;
        var fresh = (data.updates || []).filter(function (u) { return u && typeof u.id === 'string' && !known(u.id); });
        pending = fresh.concat(pending);
        announce();
        if (data.ended) end();
        schedule(interval());
      })
      .catch(function () {
        failures++;
        schedule(interval());
      });
  }

  function announce() {
    if (pending.length === 0) { button.hidden = true; return; }
    button.textContent = pending.length === 1 ? '1 new update' : pending.length + ' new updates';
    button.hidden = false;
  }

  function end() {
    stopped = true;
    var status = document.querySelector('.story__header .live-status');
    if (status) {
      status.className = 'live-status live-status--ended';
      status.textContent = 'Live coverage has ended';
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The same shape as the theme's LiveUpdateEntry component; the body is the HTML StaticNews rendered for this site.
  function entry(update) {
    var article = element('article', 'live-update');
    article.id = update.id;
    article.tabIndex = -1;
    var header = element('header', 'live-update__header');
    var time = element('time', null, update.timeText);
    time.setAttribute('datetime', update.time);
    header.appendChild(element('p', 'live-update__time')).appendChild(time);
    if (update.headline) header.appendChild(element('h3', 'live-update__headline', update.headline));
    if (update.author) {
      var by = element('p', 'live-update__author', 'By ');
      var link = element('a', null, update.author.name);
      link.href = update.author.url;
      link.rel = 'author';
      by.appendChild(link);
      header.appendChild(by);
    }
    article.appendChild(header);
    var body = element('div', 'live-update__body');
    body.innerHTML = update.html;
    article.appendChild(body);
    var share = element('a', null, 'Link to this update');
    share.href = pageUrl + '#' + update.id;
    article.appendChild(element('p', 'live-update__share')).appendChild(share);
    return article;
  }

  button.addEventListener('click', function () {
    var inserted = pending.map(entry);
    pending = [];
    for (var i = inserted.length - 1; i >= 0; i--) list.insertBefore(inserted[i], list.firstChild);
    var updated = document.querySelector('.story-meta__updated time');
    if (updated && inserted.length > 0) {
      var newest = inserted[0].querySelector('time');
      updated.setAttribute('datetime', newest.getAttribute('datetime'));
      updated.textContent = newest.textContent;
    }
    announce();
    if (inserted.length > 0) inserted[0].focus();
  });

  // Hidden: schedule() clears the timer and sets none. Visible again: ask at once.
  document.addEventListener('visibilitychange', function () { schedule(0); });

  // A changed interval (a test, or a newsroom's own script) takes effect at once.
  new MutationObserver(function () { schedule(interval()); })
    .observe(section, { attributes: true, attributeFilter: ['data-live-interval'] });

  schedule(interval());
})();
