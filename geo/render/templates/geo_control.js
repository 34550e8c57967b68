/* The control map's client. It draws places and control areas from the data geo.render
   embeds (see geo/render/payload.py for its layout) and redraws them for the day the time
   slider picks. Article text reaches the page only through textContent, never innerHTML. */
(function () {
  "use strict";

  var DAY_MS = 864e5;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var COLOR = /^#[0-9a-fA-F]{3,8}$/;

  function dayOf(iso) {
    if (!iso) return null;
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / DAY_MS;
  }

  function isoOf(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  /* A day number as precisely as it is known: "14 Oct 2017", "Oct 2017" or "2017". */
  function formatDay(day, precision) {
    if (day === null || day === undefined) return "date unknown";
    var p = isoOf(day).split("-");
    if (precision === "year") return p[0];
    if (precision === "month") return MONTHS[+p[1] - 1] + " " + p[0];
    return +p[2] + " " + MONTHS[+p[1] - 1] + " " + p[0];
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeUrl(url) {
    try {
      var u = new URL(url);
      return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function swatch(color) {
    var s = el("span", "geo-swatch");
    s.style.backgroundColor = COLOR.test(color) ? color : "#808080";
    return s;
  }

  /* A Leaflet control whose box keeps clicks and wheel turns from reaching the map;
     `fill(box)` draws into it. */
  function panel(options, className, fill) {
    var control = L.control(options);
    control.onAdd = function () {
      var box = el("div", className + " leaflet-bar");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      fill(box);
      return box;
    };
    return control;
  }

  /* A text label on the map. A marker with a div icon, not a permanent tooltip: tooltips
     measure themselves on every move, which costs a layout each. */
  function label(latlng, text, className) {
    var icon = L.divIcon({ className: className, html: el("span", null, text), iconSize: null });
    return L.marker(latlng, { icon: icon, interactive: false, keyboard: false });
  }

  function number(n) {
    return Math.round(n).toLocaleString("en-US");
  }

  /* The interval in force on `day`: of those covering it (start included, end excluded),
     the one that started last; the rule of geo/render/timeline.py interval_on. */
  function intervalOn(intervals, day) {
    var best = null;
    for (var i = 0; i < intervals.length; i++) {
      var iv = intervals[i];
      if (iv.start !== null && iv.start > day) continue;
      if (iv.end !== null && iv.end <= day) continue;
      if (best === null || (iv.start === null ? -Infinity : iv.start) >= (best.start === null ? -Infinity : best.start)) best = iv;
    }
    return best;
  }

  /* Stale when no claim behind the interval speaks of a day within `staleDays` of `day`
     (the atlas's rule for Status.stale). */
  function isStale(iv, day, staleDays) {
    for (var i = 0; i < iv.claimDays.length; i++) {
      if (Math.abs(day - iv.claimDays[i]) <= staleDays) return false;
    }
    return true;
  }

  function readInterval(row, precisions) {
    return {
      start: row[0], startPrecision: precisions[row[1]], end: row[2], endPrecision: precisions[row[3]],
      controller: row[4], state: row[5], confidence: row[6], evidence: row[7],
      contesting: row[8], besiegers: row[9], claims: row[10],
      unattached: row[11]
    };
  }

  function GeoControl(map, groups, data) {
    var self = this;
    this.map = map;
    this.data = data;
    this.style = data.style;
    this.forces = data.forces;
    this.states = data.states;
    this.areaLayer = groups.areas;
    this.noHolderLayer = groups.noHolder;
    this.forceLayers = data.forces.map(function (f) { return groups.forces[f.id] || null; });
    this.renderer = L.canvas({ padding: 0.2 });
    this.first = dayOf(data.first);
    this.last = dayOf(data.last);
    this.changeDays = [];
    this.listeners = [];
    this.areaTotals = {};

    map.attributionControl.addAttribution(data.attribution);
    this._drawBorders(groups.borders, data.borders);
    var changes = {};
    // the days a claim speaks of: its date (else its article's) and the start it tells
    var claimDays = data.claims.map(function (c) { return [c[3] !== null ? c[3] : c[7], c[9]]; });
    this.places = data.places.map(function (row) {
      var place = {
        id: row[0], name: row[1], lat: row[2], lon: row[3], cell: null,
        intervals: row[5].map(function (r) { return readInterval(r, data.precisions); }), key: null, layer: null, current: null, stale: false
      };
      place.intervals.forEach(function (iv) {
        iv.claimDays = [].concat.apply([], iv.claims.map(function (k) { return claimDays[k]; }))
          .filter(function (d) { return d !== null; });
        if (iv.start !== null) changes[iv.start] = true;
        if (iv.end !== null) changes[iv.end] = true;
      });
      if (row[4] >= 0) place.cell = self._cell(place, data.cells[row[4]]);
      place.marker = self._marker(place);
      return place;
    });
    this.changeDays = Object.keys(changes).map(Number).sort(function (a, b) { return a - b; });
    this.byId = {};
    this.places.forEach(function (p) { self.byId[p.id] = p; });
    map.on("overlayadd", function (e) {
      if (e.layer === self.areaLayer) self.areaLayer.bringToBack();
    });
    this.labels = L.layerGroup().addTo(map);
    map.on("moveend overlayadd overlayremove", this._refreshLabels, this);
    this.onChange(this._refreshLabels.bind(this));
    this.setDay(dayOf(data.on));
    if (!data.places.length) this._emptyNote();
    this.ready = true;
  }

  GeoControl.prototype._drawBorders = function (layer, geojson) {
    var s = this.style.colors;
    this.map.getContainer().style.background = s.water;
    var pane = this.map.createPane("geoBorders");
    pane.style.zIndex = 300;
    L.geoJSON(geojson, {
      pane: "geoBorders",
      renderer: L.canvas({ pane: "geoBorders", padding: 0.2 }),
      interactive: false,
      style: { color: s.border, weight: 0.8, fillColor: s.land, fillOpacity: 1 }
    }).addTo(layer);
    var names = L.layerGroup();
    geojson.features.forEach(function (f) {
      names.addLayer(label(f.properties.label, f.properties.name, "geo-country"));
    });
    var map = this.map;
    function toggleNames() {
      var want = map.getZoom() >= 4 && map.hasLayer(layer);
      if (want !== map.hasLayer(names)) { if (want) names.addTo(map); else names.remove(); }
    }
    map.on("zoomend baselayerchange", toggleNames);
    map.whenReady(toggleNames);
  };

  /* Place names, only when few enough places are in view to read them. */
  GeoControl.prototype._refreshLabels = function () {
    var bounds = this.map.getBounds();
    var limit = this.style.markers.label_limit;
    var shown = [];
    for (var i = 0; i < this.places.length && shown.length <= limit; i++) {
      var p = this.places[i];
      if (bounds.contains([p.lat, p.lon]) && this.map.hasLayer(p.marker)) shown.push(p);
    }
    this.labels.clearLayers();
    if (shown.length > limit) return;
    shown.forEach(function (p) {
      this.labels.addLayer(label([p.lat, p.lon], p.name, "geo-label"));
    }, this);
  };

  GeoControl.prototype._cell = function (place, cell) {
    var latlngs = cell[1].map(function (polygon) {
      return polygon.map(function (flat) {
        var ring = [];
        for (var i = 0; i < flat.length; i += 2) ring.push([flat[i], flat[i + 1]]);
        return ring;
      });
    });
    var polygon = L.polygon(latlngs, { renderer: this.renderer, stroke: false, fillOpacity: 0 });
    polygon.geoPlace = place;
    polygon.areaKm2 = cell[0];
    polygon.bindPopup(this._areaPopup.bind(this), { maxWidth: 360 });
    this.areaLayer.addLayer(polygon);
    return polygon;
  };

  GeoControl.prototype._marker = function (place) {
    var marker = L.circleMarker([place.lat, place.lon], { renderer: this.renderer, radius: 4 });
    marker.geoPlace = place;
    marker.bindPopup(this._placePopup.bind(this), { maxWidth: 420, maxHeight: 360, autoPanPadding: [40, 40] });
    marker.bindTooltip(this._tooltip.bind(this), { direction: "top", offset: [0, -6] });
    return marker;
  };

  GeoControl.prototype.force = function (index) {
    return index >= 0 ? this.forces[index] : null;
  };

  GeoControl.prototype.color = function (index) {
    var f = this.force(index);
    return f ? f.color : this.style.colors.no_holder;
  };

  GeoControl.prototype.stateName = function (iv) {
    return iv ? this.states[iv.state] : "none";
  };

  GeoControl.prototype._markerStyle = function (iv, stale) {
    var m = this.style.markers;
    var s;
    if (!iv) {
      s = { radius: m.unknown_radius, color: this.style.colors.no_holder, weight: 1, opacity: 0.8,
            fill: true, fillOpacity: 0, dashArray: null };
    } else {
      var state = this.stateName(iv);
      var fill = this.color(iv.controller);
      s = { radius: m.radius, color: this.style.colors.outline, weight: 1.5, opacity: 1,
            fill: true, fillColor: fill, fillOpacity: 0.95, dashArray: null };
      if (state === "contested") {
        s.radius = m.contested_radius;
        s.color = this.color(iv.contesting.length ? iv.contesting[0] : -1);
        s.weight = 3;
        s.dashArray = "4 3";
      } else if (state === "besieged") {
        s.radius = m.besieged_radius;
        s.color = this.color(iv.besiegers.length ? iv.besiegers[0] : -1);
        s.weight = 4;
      }
    }
    if (stale) {
      s.opacity *= m.stale_opacity;
      s.fillOpacity *= m.stale_opacity;
    }
    return s;
  };

  GeoControl.prototype._cellStyle = function (iv, stale) {
    var a = this.style.areas;
    var fought = !!iv && this.stateName(iv) === "contested";
    if (!iv || (iv.controller < 0 && !fought)) return { stroke: false, fillOpacity: 0 };
    var s = { stroke: false, fillColor: this.color(iv.controller),
              fillOpacity: iv.controller < 0 || stale ? a.stale_fill_opacity : a.fill_opacity };
    if (fought) {
      s.stroke = true;
      s.color = this.color(iv.contesting.length ? iv.contesting[0] : -1);
      s.weight = 1;
      s.opacity = 0.9;
      s.dashArray = "4 4";
    }
    return s;
  };

  /* Show the control state of every place on `day` (days since 1970-01-01). */
  GeoControl.prototype.setDay = function (day) {
    var staleDays = this.data.staleDays;
    var totals = {};
    var counts = { held: 0, contested: 0, besieged: 0, none: 0, stale: 0 };
    this.day = day;
    for (var i = 0; i < this.places.length; i++) {
      var p = this.places[i];
      var iv = intervalOn(p.intervals, day);
      var stale = !!iv && isStale(iv, day, staleDays);
      counts[this.stateName(iv)] += 1;
      if (stale) counts.stale += 1;
      if (iv && iv.controller >= 0) {
        var t = totals[iv.controller] || (totals[iv.controller] = { km2: 0, places: 0 });
        t.places += 1;
        if (p.cell) t.km2 += p.cell.areaKm2;
      }
      var key = iv ? p.intervals.indexOf(iv) * 2 + (stale ? 1 : 0) : -1;
      if (key === p.key) continue;
      p.key = key;
      p.current = iv;
      p.stale = stale;
      var layer = iv && iv.controller >= 0 && this.forceLayers[iv.controller] ? this.forceLayers[iv.controller] : this.noHolderLayer;
      if (p.layer !== layer) {
        if (p.layer) p.layer.removeLayer(p.marker);
        layer.addLayer(p.marker);
        p.layer = layer;
      }
      p.marker.setStyle(this._markerStyle(iv, stale));  // sets the radius too
      if (p.cell) p.cell.setStyle(this._cellStyle(iv, stale));
    }
    this.areaTotals = totals;
    this.stateCounts = counts;
    this.listeners.forEach(function (fn) { fn(day); });
  };

  GeoControl.prototype.onChange = function (fn) {
    this.listeners.push(fn);
    fn(this.day);
  };

  /* What the page shows for one place now: for tests and for anyone scripting the page. */
  GeoControl.prototype.placeState = function (id) {
    var p = this.byId[id];
    if (!p) return null;
    var iv = p.current;
    var f = iv ? this.force(iv.controller) : null;
    return { state: this.stateName(iv), controller: f ? f.id : null, stale: p.stale,
             layerVisible: this.map.hasLayer(p.marker) };
  };

  GeoControl.prototype._forceLine = function (indices) {
    var self = this;
    var line = el("span", "geo-forces");
    indices.forEach(function (i, n) {
      if (n) line.appendChild(document.createTextNode(", "));
      line.appendChild(swatch(self.color(i)));
      line.appendChild(document.createTextNode(self.force(i) ? self.force(i).name : "unknown"));
    });
    return line;
  };

  GeoControl.prototype._tooltip = function (layer) {
    var p = layer.geoPlace;
    var iv = p.current;
    var box = el("div", "geo-tooltip");
    box.appendChild(el("b", null, p.name));
    var f = iv ? this.force(iv.controller) : null;
    var text = !iv ? "no report on this date" : (f ? f.name : "holder unknown") + " · " + this.stateName(iv);
    if (iv && iv.contesting.length) text += " vs " + iv.contesting.map(function (i) { return this.force(i).name; }, this).join(", ");
    if (p.stale) text += " · stale";
    box.appendChild(el("div", null, text));
    return box;
  };

  GeoControl.prototype._row = function (table, label, value) {
    var tr = el("tr");
    tr.appendChild(el("th", null, label));
    var td = el("td");
    if (value instanceof Node) td.appendChild(value); else td.textContent = value;
    tr.appendChild(td);
    table.appendChild(tr);
  };

  GeoControl.prototype._placePopup = function (layer) {
    var p = layer.geoPlace;
    var iv = p.current;
    var box = el("div", "geo-popup");
    box.appendChild(el("h3", null, p.name));
    box.appendChild(el("div", "geo-popup-date", "On " + formatDay(this.day, "day")));
    if (!iv) {
      box.appendChild(el("p", null, "No report covers this date."));
      this._history(box, p);
      return box;
    }
    var table = el("table", "geo-facts");
    this._row(table, "Controller", iv.controller >= 0 ? this._forceLine([iv.controller]) : "unknown");
    var since = iv.start !== null ? formatDay(iv.start, iv.startPrecision) : "before the first report";
    if (iv.end !== null) since += " until " + formatDay(iv.end, iv.endPrecision);
    this._row(table, "Since", since);
    this._row(table, "State", this.stateName(iv));
    if (iv.contesting.length) this._row(table, "Contested by", this._forceLine(iv.contesting));
    if (iv.besiegers.length) this._row(table, "Besieged by", this._forceLine(iv.besiegers));
    this._row(table, "Confidence", Math.round(iv.confidence * 100) + "%");
    var newest = iv.evidence !== null ? formatDay(iv.evidence, "day") : "undated";
    if (p.stale) newest += " (stale: none within " + this.data.staleDays + " days)";
    this._row(table, "Latest evidence", newest);
    box.appendChild(table);
    box.appendChild(el("h4", null, "Evidence (" + (iv.claims.length + iv.unattached) + ")"));
    var list = el("ol", "geo-evidence");
    iv.claims.forEach(function (k) { list.appendChild(this._claimItem(this.data.claims[k])); }, this);
    box.appendChild(list);
    // The map carries only the newest claims of a long interval; the rest are in the store.
    if (iv.unattached) {
      box.appendChild(el("p", "geo-meta", "and " + iv.unattached + " older claims: geo history"));
    }
    this._history(box, p);
    return box;
  };

  GeoControl.prototype._claimItem = function (c) {
    var li = el("li");
    li.appendChild(el("q", null, c[0]));
    var meta = el("div", "geo-meta");
    var f = this.force(c[5]);
    var parts = [c[6] + (f ? " · " + f.name : ""), c[1] || "unknown source"];
    if (c[3] !== null) parts.push(formatDay(c[3], this.data.precisions[c[4]]));
    else if (c[7] !== null) parts.push("published " + formatDay(c[7], "day"));
    if (c[9] !== null) parts.push("since " + formatDay(c[9], this.data.precisions[c[10]]));
    if (c[8]) parts.push("according to " + c[8]);
    meta.appendChild(document.createTextNode(parts.join(" · ")));
    var href = c[2] ? safeUrl(c[2]) : null;
    if (href) {
      meta.appendChild(document.createTextNode(" · "));
      var a = el("a", null, "source");
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      meta.appendChild(a);
    }
    li.appendChild(meta);
    return li;
  };

  GeoControl.prototype._history = function (box, p) {
    if (p.intervals.length < 2) return;
    box.appendChild(el("h4", null, "History"));
    var list = el("ul", "geo-history");
    p.intervals.forEach(function (iv) {
      var li = el("li", iv === p.current ? "geo-current" : null);
      li.appendChild(swatch(this.color(iv.controller)));
      var f = this.force(iv.controller);
      var from = iv.start !== null ? formatDay(iv.start, iv.startPrecision) : null;
      var to = iv.end !== null ? formatDay(iv.end, iv.endPrecision) : null;
      var span = from && to ? from + " – " + to : from ? "since " + from : to ? "until " + to : "always";
      li.appendChild(document.createTextNode(
        span + ": " + (f ? f.name : "holder unknown") + ", " + this.stateName(iv)));
      list.appendChild(li);
    }, this);
    box.appendChild(list);
  };

  GeoControl.prototype._areaPopup = function (layer) {
    var p = layer.geoPlace;
    var box = el("div", "geo-popup");
    box.appendChild(el("h3", null, "Approximate control areas"));
    box.appendChild(el("div", "geo-popup-date", "On " + formatDay(this.day, "day")));
    box.appendChild(this._areaTable(p.current ? p.current.controller : -1));
    var own = el("p", "geo-note");
    own.textContent = "This cell, around " + p.name + ": " + number(layer.areaKm2) + " km².";
    box.appendChild(own);
    box.appendChild(el("p", "geo-note", "Voronoi cells around reported places, at most " +
      this.style.areas.max_radius_km + " km out, clipped to country borders; areas in an equal-area projection."));
    return box;
  };

  GeoControl.prototype._areaTable = function (highlight) {
    var table = el("table", "geo-areas");
    var totals = this.areaTotals;
    Object.keys(totals).map(Number).sort(function (a, b) { return totals[b].km2 - totals[a].km2; })
      .forEach(function (i) {
        var tr = el("tr", i === highlight ? "geo-current" : null);
        var name = el("td");
        name.appendChild(swatch(this.color(i)));
        name.appendChild(document.createTextNode(this.force(i).name));
        tr.appendChild(name);
        tr.appendChild(el("td", "geo-num", number(totals[i].km2) + " km²"));
        tr.appendChild(el("td", "geo-num", totals[i].places + (totals[i].places === 1 ? " place" : " places")));
        table.appendChild(tr);
      }, this);
    return table;
  };

  /* The legend: forces with what they hold on the shown day, then the marker states. */
  GeoControl.prototype.legend = function (options) {
    var self = this;
    return panel(options, "geo-legend", function (box) {
      box.appendChild(el("div", "geo-legend-title", self.data.title));
      var date = el("div", "geo-legend-date");
      box.appendChild(date);
      var forces = el("div", "geo-legend-forces");
      box.appendChild(forces);
      box.appendChild(self._stateKey());
      box.appendChild(el("div", "geo-note", "Areas are approximate: cells around reported places."));
      self.onChange(function () {
        date.textContent = "Control on " + formatDay(self.day, "day");
        forces.textContent = "";
        if (!self.places.length) {
          forces.appendChild(el("div", "geo-empty", "No claims yet."));
          return;
        }
        forces.appendChild(self._areaTable(-2));
        var c = self.stateCounts;
        forces.appendChild(el("div", "geo-note", self.places.length + " places: " + c.held + " held, " +
          c.contested + " contested, " + c.besieged + " besieged, " + c.none + " without report; " +
          c.stale + " on stale evidence"));
      });
    });
  };

  GeoControl.prototype._stateKey = function () {
    var key = el("div", "geo-legend-states");
    var m = this.style.markers;
    var demo = [
      ["held", { fill: "#555", stroke: "#fff", width: 1.5, r: m.radius }],
      ["contested (ring: contesting force)", { fill: "#555", stroke: "#c0392b", width: 2.5, r: m.contested_radius, dash: "3 2" }],
      ["besieged (ring: besieger)", { fill: "#555", stroke: "#c0392b", width: 3.5, r: m.besieged_radius }],
      ["faded: stale, no evidence within " + this.data.staleDays + " days", { fill: "#555", stroke: "#fff", width: 1.5, r: m.radius, opacity: m.stale_opacity }],
      ["no report on this date", { fill: "none", stroke: this.style.colors.no_holder, width: 1, r: m.unknown_radius }]
    ];
    demo.forEach(function (d) {
      var row = el("div", "geo-legend-state");
      row.appendChild(circleIcon(d[1]));
      row.appendChild(document.createTextNode(d[0]));
      key.appendChild(row);
    });
    return key;
  };

  function circleIcon(o) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "22");
    svg.setAttribute("height", "22");
    var c = document.createElementNS(ns, "circle");
    c.setAttribute("cx", "11");
    c.setAttribute("cy", "11");
    c.setAttribute("r", String(o.r));
    c.setAttribute("fill", o.fill);
    c.setAttribute("stroke", o.stroke);
    c.setAttribute("stroke-width", String(o.width));
    if (o.dash) c.setAttribute("stroke-dasharray", o.dash);
    if (o.opacity) c.setAttribute("opacity", String(o.opacity));
    svg.appendChild(c);
    return svg;
  }

  /* The time slider: a range over the days the claims span, with steps to each change. */
  GeoControl.prototype.slider = function (options) {
    var self = this;
    return panel(options, "geo-slider", function (box) {
      var prev = el("button", "geo-step", "◀");
      prev.title = "previous change";
      var next = el("button", "geo-step", "▶");
      next.title = "next change";
      var range = el("input", "geo-range");
      range.type = "range";
      range.min = String(self.first);
      range.max = String(self.last);
      range.step = "1";
      range.value = String(self.day);
      range.setAttribute("aria-label", "date");
      var label = el("span", "geo-slider-date");
      var pending = null;
      range.addEventListener("input", function () {
        var day = +range.value;
        if (pending !== null) cancelAnimationFrame(pending);
        pending = requestAnimationFrame(function () { pending = null; self.setDay(day); });
        label.textContent = formatDay(day, "day");
      });
      function step(direction) {
        var days = self.changeDays;
        var target = null;
        for (var i = 0; i < days.length; i++) {
          if (direction < 0 && days[i] < self.day) target = days[i];
          if (direction > 0 && days[i] > self.day) { target = days[i]; break; }
        }
        if (target === null) target = direction < 0 ? self.first : self.last;
        target = Math.max(self.first, Math.min(self.last, target));
        range.value = String(target);
        self.setDay(target);
      }
      prev.addEventListener("click", function () { step(-1); });
      next.addEventListener("click", function () { step(1); });
      self.onChange(function (day) {
        range.value = String(day);
        label.textContent = formatDay(day, "day");
      });
      box.appendChild(prev);
      box.appendChild(range);
      box.appendChild(next);
      box.appendChild(label);
    });
  };

  GeoControl.prototype._emptyNote = function () {
    panel({ position: "topleft" }, "geo-empty-note", function (box) {
      box.appendChild(el("b", null, "No claims yet"));
      box.appendChild(el("div", null, "Ingest articles (geo ingest FILE…) and make the map again."));
    }).addTo(this.map);
  };

  window.GeoControl = GeoControl;
})();
