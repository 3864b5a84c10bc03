// The inventory editor: the add-line form offers only the units of the chosen category (data-units on each option).
(function () {
    'use strict';
    var category = document.getElementById('add-category');
    var unit = document.getElementById('new-unit');
    if (!category || !unit) {
        return;
    }

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

    category.addEventListener('change', limitUnits);
    limitUnits();
})();
