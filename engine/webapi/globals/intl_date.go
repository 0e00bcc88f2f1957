package globals

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // IANA names work on machines without /usr/share/zoneinfo

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// dateLoc is the numeric layout of one locale's dates and times.
type dateLoc struct {
	order      string // "mdy", "dmy", "ymd"
	sep        string // between numeric date fields
	padDay     bool   // default numeric day is two digits
	padMonth   bool
	short      string // dateStyle short: fields as "d", "dd", "M", "MM", "yy", "y" joined by sep
	medium     string // dateStyle medium when numeric ("" = textual "d MMM y")
	joiner     string // between date and time
	h12        bool
	padHour    bool // 24-hour hours are two digits
	textualDMY bool // "5 March 2024" rather than "March 5, 2024"
}

var dateLocs = map[string]dateLoc{
	"en-US": {order: "mdy", sep: "/", short: "M/d/yy", joiner: ", ", h12: true, padHour: true},
	"en-GB": {order: "dmy", sep: "/", padDay: true, padMonth: true, short: "dd/MM/y", joiner: ", ", padHour: true, textualDMY: true},
	"de":    {order: "dmy", sep: ".", short: "dd.MM.yy", medium: "dd.MM.y", joiner: ", ", padHour: true, textualDMY: true},
	"fr":    {order: "dmy", sep: "/", padDay: true, padMonth: true, short: "dd/MM/y", joiner: " ", padHour: true, textualDMY: true},
	"es":    {order: "dmy", sep: "/", short: "d/M/yy", joiner: ", ", textualDMY: true},
	"it":    {order: "dmy", sep: "/", padDay: true, padMonth: true, short: "dd/MM/yy", joiner: ", ", padHour: true, textualDMY: true},
	"pt":    {order: "dmy", sep: "/", padDay: true, padMonth: true, short: "dd/MM/y", joiner: ", ", padHour: true, textualDMY: true},
	"pt-PT": {order: "dmy", sep: "/", padDay: true, padMonth: true, short: "dd/MM/yy", medium: "dd/MM/y", joiner: ", ", padHour: true, textualDMY: true},
	"nl":    {order: "dmy", sep: "-", short: "dd-MM-y", joiner: ", ", padHour: true, textualDMY: true},
	"ja":    {order: "ymd", sep: "/", short: "y/MM/dd", medium: "y/MM/dd", joiner: " "},
	"zh":    {order: "ymd", sep: "/", short: "y/M/d", joiner: " ", padHour: true},
	"ru":    {order: "dmy", sep: ".", padDay: true, padMonth: true, short: "dd.MM.y", joiner: ", ", padHour: true, textualDMY: true},
	"pl":    {order: "dmy", sep: ".", padMonth: true, short: "d.MM.y", joiner: ", ", padHour: true, textualDMY: true},
	"sv":    {order: "ymd", sep: "-", padDay: true, padMonth: true, short: "y-MM-dd", joiner: " ", padHour: true, textualDMY: true},
}

func dateLocFor(locale string) dateLoc {
	if l, ok := dateLocs[locale]; ok {
		return l
	}
	lang, region, _ := strings.Cut(locale, "-")
	if lang == "en" {
		switch region {
		case "GB", "IE", "NZ", "ZA":
			return dateLocs["en-GB"]
		}
		return dateLocs["en-US"]
	}
	if l, ok := dateLocs[lang]; ok {
		return l
	}
	return dateLocs["en-US"]
}

var (
	monthsLong   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	weekdaysLong = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// dateTimeFormat is a resolved Intl.DateTimeFormat.
type dateTimeFormat struct {
	locale    string
	loc       dateLoc
	tzName    string
	tz        *time.Location
	hourCycle string
	f         map[string]string // component -> option value
	fsd       int               // fractionalSecondDigits
	dateStyle string
	timeStyle string
}

var componentOrder = []string{"weekday", "era", "year", "month", "day", "dayPeriod", "hour", "minute", "second", "timeZoneName"}

// localZone is the name of the process's time zone (Deno reports the
// host's zone; edge-runtime runs in UTC).
func localZone() string {
	if tz := os.Getenv("TZ"); tz != "" {
		if _, err := time.LoadLocation(strings.TrimPrefix(tz, ":")); err == nil {
			return canonicalZone(strings.TrimPrefix(tz, ":"))
		}
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if _, name, ok := strings.Cut(target, "zoneinfo/"); ok {
			return canonicalZone(name)
		}
	}
	return "UTC"
}

func canonicalZone(name string) string {
	switch strings.ToUpper(name) {
	case "UTC", "ETC/UTC", "GMT", "ETC/GMT", "Z", "ZULU", "UCT", "ETC/UCT", "UNIVERSAL", "ETC/UNIVERSAL":
		return "UTC"
	}
	return name
}

// loadZone resolves an IANA name or a "+05:30" offset.
func loadZone(name string) (string, *time.Location, error) {
	c := canonicalZone(name)
	if c == "UTC" {
		return "UTC", time.UTC, nil
	}
	if len(c) >= 3 && (c[0] == '+' || c[0] == '-') {
		h, m, _ := strings.Cut(c[1:], ":")
		if len(h) == 4 && m == "" {
			h, m = h[:2], h[2:]
		}
		hh, err1 := strconv.Atoi(h)
		mm := 0
		var err2 error
		if m != "" {
			mm, err2 = strconv.Atoi(m)
		}
		if err1 == nil && err2 == nil && len(h) == 2 && hh < 24 && mm < 60 {
			off := hh*3600 + mm*60
			if c[0] == '-' {
				off = -off
			}
			n := fmt.Sprintf("%c%02d:%02d", c[0], hh, mm)
			return n, time.FixedZone(n, off), nil
		}
	}
	// Go's zone names are case-sensitive; ICU's are not: try the usual casing
	for _, cand := range []string{c, zoneCase(c)} {
		if loc, err := time.LoadLocation(cand); err == nil && cand != "" && cand != "Local" {
			return cand, loc, nil
		}
	}
	return "", nil, jsrt.Errorf("RangeError", "Invalid time zone specified: %s", name)
}

func zoneCase(s string) string {
	parts := strings.Split(s, "/")
	for i, p := range parts {
		words := strings.Split(strings.ToLower(p), "_")
		for j, w := range words {
			if len(w) > 0 {
				words[j] = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		parts[i] = strings.Join(words, "_")
	}
	return strings.Join(parts, "/")
}

// newDateTimeFormat resolves options as ECMA-402's CreateDateTimeFormat;
// required/defaults are "date", "time", "any"/"all".
func newDateTimeFormat(locales []string, m map[string]any, required, defaults string) (*dateTimeFormat, error) {
	o := &opts{m: m, ctor: "DateTimeFormat"}
	d := &dateTimeFormat{f: map[string]string{}}
	d.locale, _ = pickLocale(locales, true)
	d.loc = dateLocFor(d.locale)
	hour12, has12 := o.boolean("hour12")
	hc := o.str("hourCycle", "", "h11", "h12", "h23", "h24")
	tz := o.str("timeZone", "")
	var err error
	if tz == "" {
		tz = localZone()
	}
	if d.tzName, d.tz, err = loadZone(tz); err != nil {
		return nil, err
	}
	text := []string{"narrow", "short", "long"}
	num := []string{"2-digit", "numeric"}
	d.set(o, "weekday", text...)
	d.set(o, "era", text...)
	d.set(o, "year", num...)
	d.set(o, "month", append(num, text...)...)
	d.set(o, "day", num...)
	d.set(o, "dayPeriod", text...)
	d.set(o, "hour", num...)
	d.set(o, "minute", num...)
	d.set(o, "second", num...)
	d.fsd = o.num("fractionalSecondDigits", 1, 3, 0)
	d.set(o, "timeZoneName", "short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric")
	o.str("formatMatcher", "", "basic", "best fit")
	o.str("localeMatcher", "", "lookup", "best fit")
	d.dateStyle = o.str("dateStyle", "", "full", "long", "medium", "short")
	d.timeStyle = o.str("timeStyle", "", "full", "long", "medium", "short")
	if o.err != nil {
		return nil, o.err
	}
	if d.dateStyle != "" || d.timeStyle != "" {
		for _, k := range componentOrder {
			if d.f[k] != "" {
				return nil, jsrt.TypeErrorf("Invalid option : option") // V8's words
			}
		}
		if d.fsd > 0 {
			return nil, jsrt.TypeErrorf("Invalid option : option")
		}
		if required == "date" && d.dateStyle == "" {
			return nil, jsrt.TypeErrorf("Invalid option : timeStyle")
		}
		if required == "time" && d.timeStyle == "" {
			return nil, jsrt.TypeErrorf("Invalid option : dateStyle")
		}
	} else {
		need := true
		if required != "time" {
			for _, k := range []string{"weekday", "year", "month", "day"} {
				if d.f[k] != "" {
					need = false
				}
			}
		}
		if required != "date" {
			for _, k := range []string{"dayPeriod", "hour", "minute", "second"} {
				if d.f[k] != "" {
					need = false
				}
			}
			if d.fsd > 0 {
				need = false
			}
		}
		if need && (defaults == "date" || defaults == "all") {
			d.f["year"], d.f["month"], d.f["day"] = "numeric", "numeric", "numeric"
		}
		if need && (defaults == "time" || defaults == "all") {
			d.f["hour"], d.f["minute"], d.f["second"] = "numeric", "numeric", "numeric"
		}
	}
	if d.f["hour"] != "" || d.timeStyle != "" {
		switch {
		case has12 && hour12:
			d.hourCycle = "h12"
		case has12:
			d.hourCycle = "h23"
		case hc != "":
			d.hourCycle = hc
		case d.loc.h12:
			d.hourCycle = "h12"
		default:
			d.hourCycle = "h23"
		}
		if d.f["hour"] != "" {
			if d.f["minute"] != "" {
				d.f["minute"] = "2-digit"
			}
			if d.f["second"] != "" {
				d.f["second"] = "2-digit"
			}
			if (d.hourCycle == "h23" || d.hourCycle == "h24") && d.loc.padHour {
				d.f["hour"] = "2-digit"
			}
		}
	}
	return d, nil
}

func (d *dateTimeFormat) set(o *opts, k string, allowed ...string) {
	if v := o.str(k, "", allowed...); v != "" {
		d.f[k] = v
	}
}

func (d *dateTimeFormat) resolved() [][2]any {
	out := [][2]any{{"locale", d.locale}, {"calendar", "gregory"}, {"numberingSystem", "latn"}, {"timeZone", d.tzName}}
	if d.hourCycle != "" {
		out = append(out, [2]any{"hourCycle", d.hourCycle}, [2]any{"hour12", d.hourCycle == "h11" || d.hourCycle == "h12"})
	}
	for _, k := range componentOrder {
		if k == "timeZoneName" && d.fsd > 0 {
			out = append(out, [2]any{"fractionalSecondDigits", d.fsd})
		}
		if v := d.f[k]; v != "" {
			out = append(out, [2]any{k, v})
		}
	}
	if d.dateStyle != "" {
		out = append(out, [2]any{"dateStyle", d.dateStyle})
	}
	if d.timeStyle != "" {
		out = append(out, [2]any{"timeStyle", d.timeStyle})
	}
	return out
}

// format lays out the instant ms (epoch milliseconds) as parts.
func (d *dateTimeFormat) format(ms float64) ([]part, error) {
	if ms != ms || ms > 8.64e15 || ms < -8.64e15 {
		return nil, jsrt.Errorf("RangeError", "Invalid time value")
	}
	sec := int64(ms) / 1000
	nsec := (int64(ms) % 1000) * 1e6
	if nsec < 0 {
		sec--
		nsec += 1e9
	}
	t := time.Unix(sec, nsec).In(d.tz)
	f := d.f
	tzStyle := f["timeZoneName"]
	if d.dateStyle != "" || d.timeStyle != "" {
		f = map[string]string{}
		switch d.dateStyle {
		case "full":
			f["weekday"], f["month"], f["day"], f["year"] = "long", "long", "numeric", "numeric"
		case "long":
			f["month"], f["day"], f["year"] = "long", "numeric", "numeric"
		case "medium":
			f["month"], f["day"], f["year"] = "short", "numeric", "numeric"
		case "short":
			f["month"], f["day"], f["year"] = "numeric", "numeric", "2-digit"
		}
		switch d.timeStyle {
		case "full", "long", "medium":
			f["hour"], f["minute"], f["second"] = "numeric", "2-digit", "2-digit"
		case "short":
			f["hour"], f["minute"] = "numeric", "2-digit"
		}
		if (d.hourCycle == "h23" || d.hourCycle == "h24") && d.loc.padHour {
			f["hour"] = "2-digit"
		}
		tzStyle = map[string]string{"full": "long", "long": "short"}[d.timeStyle]
	}
	date := d.datePart(t, f)
	tm := d.timePart(t, f)
	if tzStyle != "" {
		name := zoneName(t, d.tzName, tzStyle)
		if len(tm) > 0 {
			tm = append(tm, part{"literal", " "}, part{"timeZoneName", name})
		} else {
			tm = []part{{"timeZoneName", name}}
		}
	}
	switch {
	case len(date) == 0:
		return tm, nil
	case len(tm) == 0:
		return date, nil
	}
	joiner := d.loc.joiner
	if strings.HasPrefix(d.locale, "en") && (d.dateStyle == "full" || d.dateStyle == "long" || (d.dateStyle == "" && f["month"] == "long")) {
		joiner = " at "
	}
	return append(append(date, part{"literal", joiner}), tm...), nil
}

func pad2(n int, two bool) string {
	if two && n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func textName(names []string, i int, style string) string {
	n := names[i]
	switch style {
	case "narrow":
		return n[:1]
	case "short":
		return n[:3]
	}
	return n
}

func (d *dateTimeFormat) datePart(t time.Time, f map[string]string) []part {
	y := t.Year()
	era := "AD"
	if y <= 0 {
		y, era = 1-y, "BC"
	}
	yearStr := strconv.Itoa(y)
	if f["year"] == "2-digit" {
		yearStr = pad2(y%100, true)
	}
	var out []part
	lit := func(s string) { out = append(out, part{"literal", s}) }
	field := func(typ, v string) { out = append(out, part{typ, v}) }
	ms := f["month"]
	textual := ms == "narrow" || ms == "short" || ms == "long"
	if d.dateStyle == "short" && d.loc.short != "" {
		return d.pattern(t, d.loc.short, y)
	}
	if d.dateStyle == "medium" && d.loc.medium != "" {
		return d.pattern(t, d.loc.medium, y)
	}
	if w := f["weekday"]; w != "" {
		field("weekday", textName(weekdaysLong, int(t.Weekday()), w))
		if f["year"] != "" || ms != "" || f["day"] != "" {
			lit(", ")
		}
	}
	switch {
	case textual:
		month := textName(monthsLong, int(t.Month())-1, ms)
		if d.loc.textualDMY {
			if f["day"] != "" {
				field("day", pad2(t.Day(), f["day"] == "2-digit"))
				lit(" ")
			}
			field("month", month)
			if f["year"] != "" {
				lit(" ")
				field("year", yearStr)
			}
		} else {
			field("month", month)
			if f["day"] != "" {
				lit(" ")
				field("day", pad2(t.Day(), f["day"] == "2-digit"))
			}
			if f["year"] != "" {
				if f["day"] != "" {
					lit(", ")
				} else {
					lit(" ")
				}
				field("year", yearStr)
			}
		}
	case ms != "" || f["day"] != "" || f["year"] != "":
		vals := map[byte]part{}
		if f["day"] != "" {
			vals['d'] = part{"day", pad2(t.Day(), f["day"] == "2-digit" || (d.loc.padDay && f["month"] != "" && f["year"] != ""))}
		}
		if ms != "" {
			vals['m'] = part{"month", pad2(int(t.Month()), ms == "2-digit" || (d.loc.padMonth && f["day"] != "" && f["year"] != ""))}
		}
		if f["year"] != "" {
			vals['y'] = part{"year", yearStr}
		}
		first := true
		for i := 0; i < 3; i++ {
			p, ok := vals[d.loc.order[i]]
			if !ok {
				continue
			}
			if !first {
				lit(d.loc.sep)
			}
			first = false
			out = append(out, p)
		}
	}
	if e := f["era"]; e != "" {
		name := map[string]string{"long": "Anno Domini", "short": era, "narrow": era[:1]}[e]
		if era == "BC" && e == "long" {
			name = "Before Christ"
		}
		if len(out) > 0 {
			lit(" ")
		}
		field("era", name)
	}
	return out
}

// pattern renders a numeric date pattern such as "dd.MM.yy".
func (d *dateTimeFormat) pattern(t time.Time, pat string, year int) []part {
	var out []part
	for _, tok := range strings.FieldsFunc(pat, func(r rune) bool { return r == '/' || r == '.' || r == '-' }) {
		if len(out) > 0 {
			out = append(out, part{"literal", d.loc.sep})
		}
		switch tok {
		case "d", "dd":
			out = append(out, part{"day", pad2(t.Day(), tok == "dd")})
		case "M", "MM":
			out = append(out, part{"month", pad2(int(t.Month()), tok == "MM")})
		case "yy":
			out = append(out, part{"year", pad2(year%100, true)})
		default:
			out = append(out, part{"year", strconv.Itoa(year)})
		}
	}
	return out
}

func (d *dateTimeFormat) timePart(t time.Time, f map[string]string) []part {
	var out []part
	lit := func(s string) { out = append(out, part{"literal", s}) }
	h := t.Hour()
	hs := f["hour"]
	if hs != "" {
		switch d.hourCycle {
		case "h12":
			h %= 12
			if h == 0 {
				h = 12
			}
		case "h11":
			h %= 12
		case "h24":
			if h == 0 {
				h = 24
			}
		}
		out = append(out, part{"hour", pad2(h, hs == "2-digit")})
	}
	if m := f["minute"]; m != "" {
		if len(out) > 0 {
			lit(":")
		}
		out = append(out, part{"minute", pad2(t.Minute(), hs != "" || (m == "2-digit" && f["second"] != ""))})
	}
	if s := f["second"]; s != "" {
		if len(out) > 0 {
			lit(":")
		}
		out = append(out, part{"second", pad2(t.Second(), s == "2-digit" || f["minute"] != "")})
	}
	if d.fsd > 0 && d.timeStyle == "" {
		frac := fmt.Sprintf("%03d", t.Nanosecond()/1e6)[:d.fsd]
		if len(out) > 0 {
			lit(".")
		}
		out = append(out, part{"fractionalSecond", frac})
	}
	if hs != "" && (d.hourCycle == "h12" || d.hourCycle == "h11") {
		ap := "AM"
		if t.Hour() >= 12 {
			ap = "PM"
		}
		lit(" ")
		out = append(out, part{"dayPeriod", ap})
	}
	return out
}

// zoneLong are English metazone names for common abbreviations.
var zoneLong = map[string]string{
	"EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time", "CST": "Central Standard Time", "CDT": "Central Daylight Time",
	"MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time", "PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
	"AKST": "Alaska Standard Time", "AKDT": "Alaska Daylight Time", "HST": "Hawaii-Aleutian Standard Time",
	"CET": "Central European Standard Time", "CEST": "Central European Summer Time",
	"EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time",
	"WET": "Western European Standard Time", "WEST": "Western European Summer Time",
	"BST": "British Summer Time", "GMT": "Greenwich Mean Time", "JST": "Japan Standard Time", "IST": "India Standard Time",
	"AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time", "KST": "Korean Standard Time",
}

func zoneName(t time.Time, tzName, style string) string {
	abbr, off := t.Zone()
	if tzName == "UTC" {
		if style == "long" || style == "longGeneric" {
			return "Coordinated Universal Time"
		}
		if style == "shortOffset" || style == "longOffset" {
			return "GMT"
		}
		return "UTC"
	}
	us := strings.HasPrefix(tzName, "America/") || strings.HasPrefix(tzName, "US/") || tzName == "Pacific/Honolulu"
	switch style {
	case "short", "shortGeneric":
		if us && zoneLong[abbr] != "" {
			return abbr
		}
	case "long", "longGeneric":
		if n := zoneLong[abbr]; n != "" && (abbr != "IST" || tzName == "Asia/Kolkata" || tzName == "Asia/Calcutta") {
			if tzName == "Europe/London" && abbr == "GMT" {
				return "Greenwich Mean Time"
			}
			return n
		}
		return gmtOffset(off, true)
	case "longOffset":
		return gmtOffset(off, true)
	}
	return gmtOffset(off, false)
}

func gmtOffset(off int, long bool) string {
	if off == 0 {
		return "GMT"
	}
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	h, m := off/3600, off%3600/60
	if long {
		return fmt.Sprintf("GMT%s%02d:%02d", sign, h, m)
	}
	if m != 0 {
		return fmt.Sprintf("GMT%s%d:%02d", sign, h, m)
	}
	return fmt.Sprintf("GMT%s%d", sign, h)
}
