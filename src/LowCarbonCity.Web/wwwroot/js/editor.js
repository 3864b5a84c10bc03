// The inventory editor. The add-line form offers only the units of the chosen category (data-units on each option).
// Each line row saves without leaving the page: its form is sent with fetch; the answer is the page again, whose
// live parts (data-live: the line's t CO2e and change, the totals, the missing items, the line's version) are
// swapped in; errors (422) and a conflict (409) are shown on the row and nothing typed is lost. A row's details
// load when it is opened. Leaving the page with unsaved rows asks first.
(function () {
    'use strict';

    var category = document.getElementById('add-category');
    var unit = document.getElementById('new-unit');
    function limitUnits() {
        var option = category.options[category.selectedIndex];
        var allowed = (option && option.getAttribute('data-units') || '').split(' ');
        for (var i = 0; i < unit.options.length; i++) {
            var u = unit.options[i];
            var ok = u.value === '' || allowed.indexOf(u.value) >= 0;
            u.hidden = !ok;
            u.disabled = !ok;
            if (!ok && u.selected) {
                unit.value = '';
            }
        }
    }
    if (category && unit) {
        category.addEventListener('change', limitUnits);
        limitUnits();
    }

    // An own factor is most often per the line's unit: the unit chosen for the quantity fills its empty unit.
    var factorUnit = document.getElementById('new-factor-unit');
    if (unit && factorUnit) {
        unit.addEventListener('change', function () {
            if (factorUnit.value === '' || factorUnit.dataset.copied === 'true') {
                factorUnit.value = unit.value;
                factorUnit.dataset.copied = 'true';
            }
        });
        factorUnit.addEventListener('change', function () { factorUnit.dataset.copied = 'false'; });
    }

    // The add-line form shows only the method form of the chosen category (landfill, wastewater...).
    function showMethod() {
        var option = category.options[category.selectedIndex];
        var method = option && option.getAttribute('data-method');
        var sections = document.querySelectorAll('#add-line-form fieldset[data-method]');
        for (var i = 0; i < sections.length; i++) {
            sections[i].hidden = sections[i].getAttribute('data-method') !== method;
        }
    }
    if (category) {
        category.addEventListener('change', showMethod);
        showMethod();
    }

    var editor = document.getElementById('editor');
    if (!editor) {
        return;
    }

    var texts = editor.dataset;
    var dirty = {};
    var saveAll = document.getElementById('save-all');
    var status = document.getElementById('save-status');

    function lineOf(element) {
        return element && element.closest ? element.closest('tbody.line') : null;
    }

    function part(line, name) {
        return document.getElementById(line.dataset.prefix + name);
    }

    function dirtyCount() {
        return Object.keys(dirty).length;
    }

    function showCount() {
        var n = dirtyCount();
        if (saveAll) {
            saveAll.disabled = n === 0;
        }
        if (status && n > 0) {
            status.className = 'small text-warning-emphasis';
            status.textContent = texts.unsaved.replace('{0}', String(n));
        }
    }

    function setDirty(line, value) {
        if (value) {
            dirty[line.id] = true;
            line.classList.add('is-dirty');
            part(line, 'status').textContent = '';
        } else {
            delete dirty[line.id];
            line.classList.remove('is-dirty');
        }
        showCount();
    }

    function onEdit(event) {
        var line = lineOf(event.target);
        if (line && event.target.form && event.target.form.classList.contains('line-form')) {
            setDirty(line, true);
        }
    }
    document.addEventListener('input', onEdit);
    document.addEventListener('change', onEdit);

    function loadDetails(line) {
        var cell = part(line, 'details');
        if (cell.dataset.loaded === 'true') {
            return Promise.resolve();
        }
        return fetch(line.dataset.detailsUrl, { credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } })
            .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
            .then(function (html) {
                cell.innerHTML = html;
                cell.dataset.loaded = 'true';
                var form = part(line, 'form');
                if (form) {
                    // With the details loaded, a save sends every field of the line.
                    form.action = line.dataset.saveUrl;
                }
            });
    }

    function open(line, show) {
        var row = part(line, 'details-row');
        var toggle = part(line, 'toggle');
        return (show ? loadDetails(line) : Promise.resolve()).then(function () {
            row.hidden = !show;
            toggle.setAttribute('aria-expanded', show ? 'true' : 'false');
        });
    }

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest ? event.target.closest('.line-toggle') : null;
        if (toggle) {
            var line = lineOf(toggle);
            open(line, part(line, 'details-row').hidden);
            return;
        }
        var attach = event.target.closest ? event.target.closest('[data-evidence-line]') : null;
        var select = document.getElementById('evidence-line');
        if (attach && select) {
            select.value = attach.getAttribute('data-evidence-line');
        }
    });

    function alerts(line, html) {
        var row = part(line, 'alerts-row');
        part(line, 'alerts').innerHTML = html;
        row.hidden = html === '';
    }

    function escape(text) {
        var div = document.createElement('div');
        div.textContent = text;
        return div.innerHTML;
    }

    function markInvalid(line, errors) {
        var form = part(line, 'form');
        var fields = form ? form.elements : [];
        for (var i = 0; i < fields.length; i++) {
            var name = fields[i].name;
            fields[i].classList.toggle('is-invalid', !!name && Object.prototype.hasOwnProperty.call(errors, name));
        }
    }

    // Copies the live parts of the page the save answered with into this page (values typed elsewhere stay).
    function swapLive(html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        fresh.querySelectorAll('[data-live]').forEach(function (node) {
            var current = document.getElementById(node.id);
            if (!current) {
                return;
            }
            if (current.tagName === 'INPUT') {
                current.value = node.value;
            } else {
                current.innerHTML = node.innerHTML;
                current.className = node.className;
            }
        });
        fresh.querySelectorAll('tbody.line').forEach(function (node) {
            var current = document.getElementById(node.id);
            if (current) {
                current.classList.toggle('awaiting', node.classList.contains('awaiting'));
            }
        });
    }

    function save(line) {
        var form = part(line, 'form');
        var lineStatus = part(line, 'status');
        lineStatus.className = 'small text-body-secondary';
        lineStatus.textContent = texts.saving;
        return fetch(form.action, {
            method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' },
        }).then(function (response) {
            if (response.ok) {
                return response.text().then(function (html) {
                    swapLive(html);
                    setDirty(line, false);
                    alerts(line, '');
                    markInvalid(line, {});
                    lineStatus.className = 'small text-success';
                    lineStatus.textContent = texts.saved;
                    if (status && dirtyCount() === 0) {
                        status.className = 'small text-success';
                        status.textContent = texts.saved;
                    }
                    var cell = part(line, 'details');
                    if (cell.dataset.loaded === 'true') {
                        // The formula and the stored values of the details, as saved.
                        cell.dataset.loaded = 'false';
                        return loadDetails(line);
                    }
                    return undefined;
                }).then(function () { return true; });
            }
            lineStatus.textContent = '';
            if (status) {
                status.className = 'small text-danger';
                status.textContent = texts.failed;
            }
            if (response.status === 409) {
                return response.json().then(function (body) {
                    alerts(line, '<div class="alert alert-warning" role="alert" id="' + line.dataset.prefix + 'conflict">' + escape(body.conflict) +
                        ' <a class="alert-link reload-link" href="' + location.pathname + '#' + line.id + '">↻</a></div>');
                    return false;
                });
            }
            if (response.status === 422) {
                return response.json().then(function (body) {
                    var errors = body.errors || {};
                    var items = [];
                    Object.keys(errors).forEach(function (key) {
                        errors[key].forEach(function (message) { items.push('<li>' + escape(message) + '</li>'); });
                    });
                    alerts(line, '<div class="alert alert-danger" role="alert" id="' + line.dataset.prefix + 'errors"><ul class="mb-0">' + items.join('') + '</ul></div>');
                    markInvalid(line, errors);
                    if (Object.prototype.hasOwnProperty.call(errors, 'Line.ChangeExplanation')) {
                        return open(line, true).then(function () {
                            var why = part(line, 'change-explanation');
                            markInvalid(line, errors);
                            if (why) {
                                why.focus();
                            }
                            return false;
                        });
                    }
                    return false;
                });
            }
            alerts(line, '<div class="alert alert-danger mb-1 py-1" role="alert">' + escape(texts.failed) + '</div>');
            return false;
        }, function () {
            lineStatus.textContent = '';
            alerts(line, '<div class="alert alert-danger mb-1 py-1" role="alert">' + escape(texts.failed) + '</div>');
            return false;
        });
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('line-form')) {
            return;
        }
        event.preventDefault();
        save(lineOf(document.getElementById(form.id.replace(/form$/, 'amount')) || form));
    });

    if (saveAll) {
        saveAll.addEventListener('click', function () {
            var lines = Object.keys(dirty).map(function (id) { return document.getElementById(id); });
            lines.reduce(function (chain, line) {
                return chain.then(function () { return save(line); });
            }, Promise.resolve());
        });
    }

    window.addEventListener('beforeunload', function (event) {
        if (dirtyCount() > 0) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();
