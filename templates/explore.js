/* Charts to explore on the web page: the one script the site ships (see README, "Charts to explore").
   Progressive enhancement only: the SVG chart and its table stay the truth, and without this file
   nothing is lost. It reads the data-* attributes the build wrote on each chart's points (the values
   already formatted as the table writes them, in the page's language: no number is formatted here),
   writes text only with textContent, loads nothing and sends nothing. The print document never
   loads it; the page's Content-Security-Policy allows scripts from the site itself only.

   Per chart: a tooltip (role="tooltip", referenced by aria-describedby) on hover and focus; one tab
   stop, the arrow keys move along the years (left, right) and between the series (up, down), Home
   and End go to a series' ends, Escape hides the tooltip; the legend's buttons show or hide a series
   (aria-pressed); a PNG of the chart is drawn in the browser (canvas) and saved. */
(function () {
  'use strict';

  var tooltips = 0;

  function seriesOf(point) {
    var holder = point.closest('[data-series]');
    return holder ? holder.getAttribute('data-series') : '';
  }

  function placeOf(point) {
    return point.getAttribute('data-year') || point.getAttribute('data-category') || '';
  }

  function setUp(figure) {
    var svg = figure.querySelector('svg.chart');
    var points = svg ? Array.prototype.slice.call(svg.querySelectorAll('[data-value]')) : [];
    if (points.length === 0) {
      return;
    }

    // The points by series, in the order the chart draws them.
    var series = [];
    points.forEach(function (point) {
      var name = seriesOf(point);
      var found = series.filter(function (s) { return s.name === name; })[0];
      if (!found) {
        found = { name: name, points: [], shown: true };
        series.push(found);
      }
      found.points.push(point);
    });

    var tooltip = document.createElement('div');
    var chart = (svg.getAttribute('aria-labelledby') || 'chart').split(' ')[0].replace(/-title$/, '');
    tooltip.id = chart + '-tooltip-' + (++tooltips);
    tooltip.className = 'chart-tooltip';
    tooltip.setAttribute('role', 'tooltip');
    tooltip.hidden = true;
    figure.appendChild(tooltip);

    // The chart now holds focusable points: a group named by its title and description, each point an image of its own.
    svg.setAttribute('role', 'group');
    points.forEach(function (point) {
      point.setAttribute('tabindex', '-1');
      point.setAttribute('role', 'img');
      point.setAttribute('aria-label', seriesOf(point) + ', ' + placeOf(point));
    });
    var current = points[0];
    current.setAttribute('tabindex', '0');

    function show(point) {
      tooltip.textContent = '';
      var name = document.createElement('span');
      name.className = 'series';
      name.textContent = seriesOf(point);
      var place = document.createElement('span');
      place.className = 'place';
      place.textContent = placeOf(point);
      var value = document.createElement('span');
      value.className = 'value';
      value.textContent = point.getAttribute('data-value');
      tooltip.appendChild(name);
      tooltip.appendChild(document.createTextNode(', '));
      tooltip.appendChild(place);
      tooltip.appendChild(document.createTextNode(': '));
      tooltip.appendChild(value);
      points.forEach(function (p) {
        p.classList.remove('active');
        p.removeAttribute('aria-describedby');
      });
      point.classList.add('active');
      point.setAttribute('aria-describedby', tooltip.id);
      tooltip.hidden = false;

      var box = figure.getBoundingClientRect();
      var at = point.getBoundingClientRect();
      var half = tooltip.offsetWidth / 2;
      var left = Math.min(Math.max(at.left + at.width / 2 - box.left, half), Math.max(half, box.width - half));
      tooltip.style.left = left + 'px';
      tooltip.style.top = (at.top - box.top) + 'px';
    }

    function hide() {
      tooltip.hidden = true;
      points.forEach(function (p) { p.classList.remove('active'); });
    }

    function moveTo(point) {
      if (!point) {
        return;
      }
      current.setAttribute('tabindex', '-1');
      current = point;
      current.setAttribute('tabindex', '0');
      current.focus();
    }

    function seriesIndex(point) {
      for (var i = 0; i < series.length; i++) {
        if (series[i].points.indexOf(point) >= 0) {
          return i;
        }
      }
      return -1;
    }

    // The point of another series at the same year or category, else at the nearest position.
    function across(from, step) {
      var index = seriesIndex(from);
      var position = series[index].points.indexOf(from);
      for (var i = index + step; i >= 0 && i < series.length; i += step) {
        if (!series[i].shown) {
          continue;
        }
        var same = series[i].points.filter(function (p) { return placeOf(p) === placeOf(from); })[0];
        return same || series[i].points[Math.min(position, series[i].points.length - 1)];
      }
      return null;
    }

    points.forEach(function (point) {
      point.addEventListener('focus', function () {
        if (point !== current) {
          moveTo(point);
        }
        show(point);
      });
      point.addEventListener('blur', hide);
      point.addEventListener('mouseenter', function () { show(point); });
      point.addEventListener('mouseleave', function () {
        if (points.indexOf(document.activeElement) >= 0) {
          show(document.activeElement);
        } else {
          hide();
        }
      });
    });

    svg.addEventListener('keydown', function (event) {
      var index = seriesIndex(current);
      if (index < 0) {
        return;
      }
      var own = series[index].points;
      var position = own.indexOf(current);
      var next;
      switch (event.key) {
        case 'ArrowRight': next = own[position + 1]; break;
        case 'ArrowLeft': next = own[position - 1]; break;
        case 'ArrowDown': next = across(current, 1); break;
        case 'ArrowUp': next = across(current, -1); break;
        case 'Home': next = own[0]; break;
        case 'End': next = own[own.length - 1]; break;
        case 'Escape': hide(); event.preventDefault(); return;
        default: return;
      }
      event.preventDefault();
      moveTo(next);
    });

    setUpLegend(figure, svg, series, function () {
      // The point with the tab stop must stay on a shown series.
      if (!series[seriesIndex(current)].shown) {
        var first = series.filter(function (s) { return s.shown; })[0];
        current.setAttribute('tabindex', '-1');
        current = first.points[0];
        current.setAttribute('tabindex', '0');
        hide();
      }
    });

    var keys = figure.querySelector('.chart-keys');
    if (keys) {
      keys.hidden = false;
    }
    setUpPng(figure, svg);
  }

  function setUpLegend(figure, svg, series, changed) {
    var legend = figure.querySelector('ul.chart-legend');
    if (!legend) {
      return;
    }
    legend.hidden = false;
    Array.prototype.forEach.call(legend.querySelectorAll('button[data-series]'), function (button) {
      button.addEventListener('click', function () {
        var name = button.getAttribute('data-series');
        var entry = series.filter(function (s) { return s.name === name; })[0];
        if (!entry) {
          return;
        }
        // At least one series stays shown.
        if (entry.shown && series.filter(function (s) { return s.shown; }).length === 1) {
          return;
        }
        entry.shown = !entry.shown;
        button.setAttribute('aria-pressed', entry.shown ? 'true' : 'false');
        Array.prototype.forEach.call(svg.querySelectorAll('[data-series]'), function (element) {
          if (element.getAttribute('data-series') === name) {
            if (entry.shown) {
              element.removeAttribute('display');
            } else {
              element.setAttribute('display', 'none');
            }
          }
        });
        changed();
      });
    });
  }

  // The chart as PNG, drawn from its own SVG at twice its size on a white canvas.
  function setUpPng(figure, svg) {
    var holder = figure.querySelector('.chart-png');
    var button = holder ? holder.querySelector('button[data-png]') : null;
    if (!button) {
      return;
    }
    holder.hidden = false;
    button.addEventListener('click', function () {
      var box = svg.viewBox.baseVal;
      var copy = svg.cloneNode(true);
      copy.setAttribute('width', String(box.width * 2));
      copy.setAttribute('height', String(box.height * 2));
      copy.setAttribute('font-family', getComputedStyle(svg).fontFamily);
      var image = new Image();
      image.onload = function () {
        var canvas = document.createElement('canvas');
        canvas.width = box.width * 2;
        canvas.height = box.height * 2;
        var context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0);
        var link = document.createElement('a');
        link.href = canvas.toDataURL('image/png');
        link.download = button.getAttribute('data-png');
        document.body.appendChild(link);
        link.click();
        link.remove();
      };
      image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(copy));
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('figure.chart'), setUp);
}());
