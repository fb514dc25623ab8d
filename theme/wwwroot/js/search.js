// The search page: loads the prebuilt index once and lists matching stories as the reader types.
(function () {
  'use strict';
  var form = document.querySelector('form.search');
  if (!form || typeof MiniSearch === 'undefined' || !window.fetch) return;
  var input = form.querySelector('.search__input');
  var status = form.querySelector('.search__status');
  var results = form.querySelector('.search__results');
  var engine = new MiniSearch({
    fields: ['headline', 'summary', 'section', 'tagText'],
    storeFields: ['headline', 'summary', 'section', 'dateText', 'url'],
    extractField: function (doc, field) { return field === 'tagText' ? doc.tags.join(' ') : doc[field]; },
    searchOptions: { boost: { headline: 3, tagText: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' }
  });
  var ready = false;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function show() {
    var query = input.value.trim();
    results.replaceChildren();
    if (!ready) { status.textContent = query ? 'Loading…' : ''; return; }
    if (!query) { status.textContent = ''; return; }
    var hits = engine.search(query).slice(0, 50);
    status.textContent = hits.length === 0 ? 'No stories match “' + query + '”.' : hits.length + (hits.length === 1 ? ' story' : ' stories');
    hits.forEach(function (hit) {
      var item = element('li', 'search__result');
      item.appendChild(element('p', 'search__meta', hit.section + ' · ' + hit.dateText));
      var link = element('a', null, hit.headline);
      link.href = hit.url;
      var heading = element('h2', 'search__headline');
      heading.appendChild(link);
      item.appendChild(heading);
      if (hit.summary) item.appendChild(element('p', 'search__summary', hit.summary));
      results.appendChild(item);
    });
  }

  form.hidden = false;
  form.addEventListener('submit', function (event) { event.preventDefault(); show(); });
  input.addEventListener('input', show);
  input.value = new URLSearchParams(window.location.search).get('q') || '';
  fetch(form.dataset.index)
    .then(function (response) { return response.json(); })
    .then(function (entries) { engine.addAll(entries); ready = true; show(); })
    .catch(function () { status.textContent = 'Search is not available right now. Browse by section below.'; });
})();
