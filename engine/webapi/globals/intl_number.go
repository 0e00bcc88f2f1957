package globals

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// opts reads Intl options already coerced by intl.js (strings, numbers,
// booleans; absent keys are missing).
type opts struct {
	m    map[string]any
	ctor string
	err  error
}

func (o *opts) has(k string) bool { _, ok := o.m[k]; return ok && o.m[k] != nil }

func (o *opts) str(k, def string, allowed ...string) string {
	v, ok := o.m[k]
	if !ok || v == nil {
		return def
	}
	s, _ := v.(string)
	if len(allowed) > 0 && !slices.Contains(allowed, s) {
		if o.err == nil {
			o.err = jsrt.Errorf("RangeError", "Value %s out of range for Intl.%s options property %s", s, o.ctor, k)
		}
		return def
	}
	return s
}

func (o *opts) num(k string, lo, hi, def int) int {
	v, ok := o.m[k]
	if !ok || v == nil {
		return def
	}
	var f float64
	switch x := v.(type) {
	case int64:
		f = float64(x)
	case float64:
		f = x
	default:
		f = math.NaN()
	}
	if math.IsNaN(f) || f < float64(lo) || f > float64(hi) {
		if o.err == nil {
			o.err = jsrt.Errorf("RangeError", "%s value is out of range.", k)
		}
		return def
	}
	return int(math.Floor(f))
}

func (o *opts) boolean(k string) (val, ok bool) {
	v, present := o.m[k]
	if !present || v == nil {
		return false, false
	}
	b, _ := v.(bool)
	return b, true
}

// numberFormat is a resolved Intl.NumberFormat.
type numberFormat struct {
	locale          string
	tag             language.Tag
	sym             numSymbols
	style           string
	currency        string
	currencyDisplay string
	currencySign    string
	unit            string
	unitDisplay     string
	minInt          int
	minFrac         int
	maxFrac         int
	minSig, maxSig  int
	useSig          bool
	grouping        any // "auto" | "always" | "min2" | false
	notation        string
	compactDisplay  string
	signDisplay     string
	roundingMode    string
}

// newNumberFormat resolves options as ECMA-402's InitializeNumberFormat
// (the subset listed in the package doc).
func newNumberFormat(locales []string, m map[string]any) (*numberFormat, error) {
	o := &opts{m: m, ctor: "NumberFormat"}
	f := &numberFormat{}
	f.locale, f.tag = pickLocale(locales, false)
	f.sym = symbolsFor(f.tag)
	f.style = o.str("style", "decimal", "decimal", "percent", "currency", "unit")
	f.currency = strings.ToUpper(o.str("currency", ""))
	if f.currency != "" {
		if len(f.currency) != 3 || strings.Trim(f.currency, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return nil, jsrt.Errorf("RangeError", "Invalid currency code : %s", o.m["currency"])
		}
	}
	f.currencyDisplay = o.str("currencyDisplay", "symbol", "code", "symbol", "narrowSymbol", "name")
	f.currencySign = o.str("currencySign", "standard", "standard", "accounting")
	f.unit = o.str("unit", "")
	f.unitDisplay = o.str("unitDisplay", "short", "short", "narrow", "long")
	if o.err != nil {
		return nil, o.err
	}
	if f.style == "currency" && f.currency == "" {
		return nil, jsrt.TypeErrorf("Currency code is required with currency style.")
	}
	if f.style == "unit" {
		if f.unit == "" {
			return nil, jsrt.TypeErrorf("Unit is required with unit style.")
		}
		if _, ok := unitLabel(f.unit, "short", 1); !ok {
			return nil, jsrt.Errorf("RangeError", "Invalid unit argument for Intl.NumberFormat() '%s'", f.unit)
		}
	}
	f.notation = o.str("notation", "standard", "standard", "scientific", "engineering", "compact")
	if err := f.digitOptions(o); err != nil {
		return nil, err
	}
	f.compactDisplay = o.str("compactDisplay", "short", "short", "long")
	defGroup := "auto"
	if f.notation == "compact" {
		defGroup = "min2"
	}
	f.grouping = defGroup
	if v, ok := m["useGrouping"]; ok && v != nil {
		switch x := v.(type) {
		case bool:
			if !x {
				f.grouping = false
			}
		case string:
			switch x {
			case "always", "auto", "min2":
				f.grouping = x
			case "true", "false":
			default:
				return nil, jsrt.Errorf("RangeError", "Value %s out of range for Intl.NumberFormat options property useGrouping", x)
			}
		}
	}
	f.signDisplay = o.str("signDisplay", "auto", "auto", "never", "always", "exceptZero", "negative")
	return f, o.err
}

func (f *numberFormat) digitOptions(o *opts) error {
	f.minInt = o.num("minimumIntegerDigits", 1, 21, 1)
	f.roundingMode = o.str("roundingMode", "halfExpand", "ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven")
	defMin, defMax := 0, 3
	switch {
	case f.style == "currency" && f.notation == "standard":
		d := currencyDigits(f.currency)
		defMin, defMax = d, d
	case f.style == "percent":
		defMin, defMax = 0, 0
	}
	if o.has("minimumSignificantDigits") || o.has("maximumSignificantDigits") {
		f.useSig = true
		f.minSig = o.num("minimumSignificantDigits", 1, 21, 1)
		f.maxSig = o.num("maximumSignificantDigits", f.minSig, 21, 21)
		return o.err
	}
	if o.has("minimumFractionDigits") || o.has("maximumFractionDigits") {
		f.minFrac = o.num("minimumFractionDigits", 0, 100, -1)
		f.maxFrac = o.num("maximumFractionDigits", 0, 100, -1)
		if o.err != nil {
			return o.err
		}
		switch {
		case f.minFrac < 0:
			f.minFrac = min(defMin, f.maxFrac)
		case f.maxFrac < 0:
			f.maxFrac = max(defMax, f.minFrac)
		case f.minFrac > f.maxFrac:
			return jsrt.Errorf("RangeError", "maximumFractionDigits value is out of range.")
		}
		return nil
	}
	if f.notation == "compact" {
		f.minFrac, f.maxFrac = -1, -1 // compact rounding (see format)
		return o.err
	}
	f.minFrac, f.maxFrac = defMin, defMax
	return o.err
}

func currencyDigits(code string) int {
	u, err := currency.ParseISO(code)
	if err != nil {
		return 2
	}
	scale, _ := currency.Standard.Rounding(u)
	return scale
}

// resolved is resolvedOptions() in the spec's property order.
func (f *numberFormat) resolved() [][2]any {
	out := [][2]any{{"locale", f.locale}, {"numberingSystem", "latn"}, {"style", f.style}}
	if f.style == "currency" {
		out = append(out, [2]any{"currency", f.currency}, [2]any{"currencyDisplay", f.currencyDisplay}, [2]any{"currencySign", f.currencySign})
	}
	if f.style == "unit" {
		out = append(out, [2]any{"unit", f.unit}, [2]any{"unitDisplay", f.unitDisplay})
	}
	out = append(out, [2]any{"minimumIntegerDigits", f.minInt})
	if f.useSig {
		out = append(out, [2]any{"minimumSignificantDigits", f.minSig}, [2]any{"maximumSignificantDigits", f.maxSig})
	} else if f.minFrac >= 0 {
		out = append(out, [2]any{"minimumFractionDigits", f.minFrac}, [2]any{"maximumFractionDigits", f.maxFrac})
	} else {
		out = append(out, [2]any{"minimumFractionDigits", 0}, [2]any{"maximumFractionDigits", 0},
			[2]any{"minimumSignificantDigits", 1}, [2]any{"maximumSignificantDigits", 2})
	}
	out = append(out, [2]any{"useGrouping", f.grouping}, [2]any{"notation", f.notation})
	if f.notation == "compact" {
		out = append(out, [2]any{"compactDisplay", f.compactDisplay})
	}
	priority := "auto"
	if f.minFrac < 0 && !f.useSig {
		priority = "morePrecision" // compact rounding
	}
	out = append(out, [2]any{"signDisplay", f.signDisplay}, [2]any{"roundingIncrement", 1},
		[2]any{"roundingMode", f.roundingMode}, [2]any{"roundingPriority", priority}, [2]any{"trailingZeroDisplay", "auto"})
	return out
}

// decimal is |value| = 0.d1d2...dn × 10^exp (digits without leading or
// trailing zeros; none for zero).
type decimal struct {
	digits []byte
	exp    int
}

func decimalFromFloat(x float64) decimal {
	if x == 0 {
		return decimal{}
	}
	s := strconv.FormatFloat(math.Abs(x), 'e', -1, 64) // shortest: "1.2345e+03"
	mant, e, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(e)
	d := decimal{digits: []byte(strings.Replace(mant, ".", "", 1)), exp: exp + 1}
	d.trim()
	return d
}

// decimalFromString takes the digits of a BigInt or a decimal string.
func decimalFromString(s string) (d decimal, neg, ok bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	} else {
		s = strings.TrimPrefix(s, "+")
	}
	// exact decimal strings only (intl.js checks the shape): digits[.digits][e±n]
	mant, e, _ := strings.Cut(strings.ToLower(s), "e")
	exp := 0
	if e != "" {
		var err error
		if exp, err = strconv.Atoi(e); err != nil || exp > 1e6 || exp < -1e6 {
			return decimal{}, false, false
		}
	}
	ip, fp, _ := strings.Cut(mant, ".")
	if len(ip)+len(fp) == 0 || len(ip)+len(fp) > 1e6 || strings.Trim(ip+fp, "0123456789") != "" {
		return decimal{}, false, false
	}
	digits := ip + fp
	d = decimal{digits: []byte(digits), exp: len(ip) + exp}
	d.trim()
	return d, neg, true
}

func (d *decimal) trim() {
	i := 0
	for i < len(d.digits) && d.digits[i] == '0' {
		i++
	}
	d.digits = d.digits[i:]
	d.exp -= i
	j := len(d.digits)
	for j > 0 && d.digits[j-1] == '0' {
		j--
	}
	d.digits = d.digits[:j]
	if len(d.digits) == 0 {
		d.exp = 0
	}
}

func (d decimal) isZero() bool { return len(d.digits) == 0 }

// round keeps `keep` digits counted from the decimal's first digit
// position (exp-relative), with an ECMA-402 rounding mode.
func (d decimal) round(keep int, mode string, neg bool) decimal {
	if keep >= len(d.digits) {
		return d
	}
	digits := d.digits
	exp := d.exp
	if keep < 0 {
		digits = append([]byte(strings.Repeat("0", -keep)), digits...)
		exp += -keep
		keep = 0
	}
	rest := digits[keep:]
	kept := append([]byte(nil), digits[:keep]...)
	first := rest[0]
	tail := false
	for _, c := range rest[1:] {
		if c != '0' {
			tail = true
			break
		}
	}
	nonzero := first != '0' || tail
	half := first == '5' && !tail
	above := first > '5' || (first == '5' && tail)
	odd := len(kept) > 0 && (kept[len(kept)-1]-'0')%2 == 1
	var up bool
	switch mode {
	case "trunc":
		up = false
	case "expand":
		up = nonzero
	case "ceil":
		up = nonzero && !neg
	case "floor":
		up = nonzero && neg
	case "halfTrunc":
		up = above
	case "halfEven":
		up = above || (half && odd)
	case "halfCeil":
		up = above || (half && !neg)
	case "halfFloor":
		up = above || (half && neg)
	default: // halfExpand
		up = first >= '5'
	}
	if up {
		i := len(kept) - 1
		for ; i >= 0; i-- {
			if kept[i] == '9' {
				kept[i] = '0'
				continue
			}
			kept[i]++
			break
		}
		if i < 0 {
			kept = append([]byte{'1'}, kept...)
			exp++
		}
	}
	out := decimal{digits: kept, exp: exp}
	out.trim()
	return out
}

// split renders integer and fraction digit strings.
func (d decimal) split() (intPart, frac string) {
	if d.isZero() {
		return "0", ""
	}
	s := string(d.digits)
	switch {
	case d.exp <= 0:
		return "0", strings.Repeat("0", -d.exp) + s
	case d.exp >= len(s):
		return s + strings.Repeat("0", d.exp-len(s)), ""
	default:
		return s[:d.exp], s[d.exp:]
	}
}

type part struct{ typ, val string }

// roundDigits applies the fraction or significant digit settings.
func (f *numberFormat) roundDigits(d decimal, neg bool, minFrac, maxFrac int) (string, string) {
	if f.useSig {
		d = d.round(f.maxSig, f.roundingMode, neg)
		ip, fp := d.split()
		// pad to minSig significant digits
		sig := len(strings.TrimLeft(ip+fp, "0"))
		if ip == "0" {
			sig = len(strings.TrimLeft(fp, "0"))
			if d.isZero() {
				sig = 1
			}
		}
		if sig < f.minSig {
			fp += strings.Repeat("0", f.minSig-sig)
		}
		return ip, fp
	}
	d = d.round(d.exp+maxFrac, f.roundingMode, neg)
	ip, fp := d.split()
	if len(fp) < minFrac {
		fp += strings.Repeat("0", minFrac-len(fp))
	}
	return ip, fp
}

var compactShort = []string{"", "K", "M", "B", "T"}
var compactLong = []string{"", " thousand", " million", " billion", " trillion"}

// format lays out x (a float64, or a decimal string for BigInt and
// string inputs) as parts.
func (f *numberFormat) format(x float64, str string, isStr bool) []part {
	var d decimal
	neg := math.Signbit(x)
	if isStr {
		var ok bool
		d, neg, ok = decimalFromString(str)
		if !ok {
			x, isStr = math.NaN(), false
		}
	}
	var num []part
	var exponent []part
	compactSuffix := ""
	isZero := false
	switch {
	case !isStr && math.IsNaN(x):
		num = []part{{"nan", "NaN"}}
		neg = false
	case !isStr && math.IsInf(x, 0):
		num = []part{{"infinity", "∞"}}
	default:
		if !isStr {
			d = decimalFromFloat(x)
		}
		if f.style == "percent" {
			d.exp += 2
		}
		minFrac, maxFrac := f.minFrac, f.maxFrac
		switch f.notation {
		case "scientific", "engineering":
			e := 0
			if !d.isZero() {
				e = d.exp - 1
				if f.notation == "engineering" {
					e = int(math.Floor(float64(e)/3)) * 3
				}
				d.exp -= e
			}
			ip, fp := f.roundDigits(d, neg, minFrac, maxFrac)
			if len(ip) > 1 && f.notation == "scientific" { // 9.9995 rounded up to 10
				d.exp--
				e++
				ip, fp = f.roundDigits(d, neg, minFrac, maxFrac)
			}
			num = f.layout(ip, fp, false)
			exponent = []part{{"exponentSeparator", "E"}}
			if e < 0 {
				exponent = append(exponent, part{"exponentMinusSign", "-"})
				e = -e
			}
			exponent = append(exponent, part{"exponentInteger", strconv.Itoa(e)})
			isZero = d.isZero()
		case "compact":
			k := 0
			if !d.isZero() && d.exp > 3 {
				k = min((d.exp-1)/3, len(compactShort)-1)
			}
			for {
				s := d
				s.exp -= 3 * k
				var ip, fp string
				if minFrac < 0 && !f.useSig {
					if s.exp <= 1 {
						s = s.round(2, f.roundingMode, neg) // two significant digits
						ip, fp = s.split()
					} else {
						ip, fp = f.roundDigits(s, neg, 0, 0)
					}
				} else {
					ip, fp = f.roundDigits(s, neg, minFrac, maxFrac)
				}
				if len(ip) > 3 && k+1 < len(compactShort) {
					k++
					continue
				}
				num = f.layout(ip, fp, true)
				isZero = strings.Trim(ip+fp, "0") == ""
				break
			}
			if k > 0 {
				if f.compactDisplay == "long" {
					compactSuffix = compactLong[k]
				} else {
					compactSuffix = compactShort[k]
				}
			}
		default:
			ip, fp := f.roundDigits(d, neg, minFrac, maxFrac)
			num = f.layout(ip, fp, false)
			isZero = strings.Trim(ip+fp, "0") == ""
		}
	}
	num = append(num, exponent...)
	if compactSuffix != "" {
		if strings.HasPrefix(compactSuffix, " ") {
			num = append(num, part{"literal", " "}, part{"compact", compactSuffix[1:]})
		} else {
			num = append(num, part{"compact", compactSuffix})
		}
	}
	// sign
	var sign []part
	switch f.signDisplay {
	case "auto":
		if neg {
			sign = []part{{"minusSign", "-"}}
		}
	case "always":
		if neg {
			sign = []part{{"minusSign", "-"}}
		} else {
			sign = []part{{"plusSign", "+"}}
		}
	case "exceptZero":
		if !isZero || num[0].typ == "infinity" {
			if neg {
				sign = []part{{"minusSign", "-"}}
			} else if num[0].typ != "nan" {
				sign = []part{{"plusSign", "+"}}
			}
		}
	case "negative":
		if neg && (!isZero || num[0].typ == "infinity") {
			sign = []part{{"minusSign", "-"}}
		}
	}
	accounting := f.style == "currency" && f.currencySign == "accounting" && len(sign) > 0 && sign[0].typ == "minusSign"
	if accounting {
		sign = nil
	}
	var out []part
	switch f.style {
	case "percent":
		out = append(out, sign...)
		if f.sym.percentPre != "" {
			out = append(out, percentParts(f.sym.percentPre)...)
		}
		out = append(out, num...)
		out = append(out, percentParts(f.sym.percentPost)...)
	case "currency":
		out = f.currencyParts(sign, num, x)
		if accounting {
			out = append(append([]part{{"literal", "("}}, out...), part{"literal", ")"})
		}
	case "unit":
		out = append(out, sign...)
		out = append(out, num...)
		plural := 1.0
		if !isStr && !(x == 1 && len(num) == 1) {
			plural = 2
		}
		if len(num) == 1 && num[0].val == "1" {
			plural = 1
		}
		label, _ := unitLabel(f.unit, f.unitDisplay, plural)
		if strings.HasPrefix(label, " ") {
			out = append(out, part{"literal", " "}, part{"unit", label[1:]})
		} else {
			out = append(out, part{"unit", label})
		}
	default:
		out = append(sign, num...)
	}
	return out
}

func percentParts(s string) []part {
	var out []part
	for _, r := range s {
		if r == '%' || r == '٪' {
			out = append(out, part{"percentSign", string(r)})
		} else {
			out = append(out, part{"literal", string(r)})
		}
	}
	// merge adjacent literals
	return out
}

// currencyNames are the English plural names for currencyDisplay "name".
var currencyNames = map[string][2]string{
	"USD": {"US dollar", "US dollars"}, "EUR": {"euro", "euros"}, "GBP": {"British pound", "British pounds"},
	"JPY": {"Japanese yen", "Japanese yen"}, "CAD": {"Canadian dollar", "Canadian dollars"},
	"AUD": {"Australian dollar", "Australian dollars"}, "CHF": {"Swiss franc", "Swiss francs"},
	"CNY": {"Chinese yuan", "Chinese yuan"}, "INR": {"Indian rupee", "Indian rupees"},
	"BRL": {"Brazilian real", "Brazilian reals"}, "MXN": {"Mexican peso", "Mexican pesos"},
	"SEK": {"Swedish krona", "Swedish kronor"}, "KRW": {"South Korean won", "South Korean won"},
}

func (f *numberFormat) currencyParts(sign, num []part, x float64) []part {
	code := f.currency
	sym := code
	if u, err := currency.ParseISO(code); err == nil {
		p := message.NewPrinter(f.tag)
		switch f.currencyDisplay {
		case "symbol":
			sym = p.Sprint(currency.Symbol(u))
		case "narrowSymbol":
			sym = p.Sprint(currency.NarrowSymbol(u))
		}
	}
	if f.currencyDisplay == "name" {
		name := code
		if n, ok := currencyNames[code]; ok {
			name = n[1]
			if len(num) == 1 && num[0].val == "1" && !strings.Contains(partsText(num), f.sym.decimal) {
				name = n[0]
			}
		}
		out := append(append([]part{}, sign...), num...)
		return append(out, part{"literal", " "}, part{"currency", name})
	}
	letter := func(s string) bool {
		r := []rune(s)
		return len(r) > 0 && (r[len(r)-1] >= 'A' && r[len(r)-1] <= 'Z' || r[len(r)-1] >= 'a' && r[len(r)-1] <= 'z')
	}
	var out []part
	switch {
	case f.sym.currency == 2:
		out = append(append(out, sign...), num...)
		out = append(out, part{"literal", "\u00a0"}, part{"currency", sym})
	case f.sym.currency == 1 || letter(sym):
		out = append(append(out, sign...), part{"currency", sym}, part{"literal", "\u00a0"})
		out = append(out, num...)
	default:
		out = append(append(out, sign...), part{"currency", sym})
		out = append(out, num...)
	}
	return out
}

func partsText(ps []part) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.val)
	}
	return b.String()
}

// layout groups the integer digits and joins the fraction.
func (f *numberFormat) layout(ip, fp string, compact bool) []part {
	if len(ip) < f.minInt {
		ip = strings.Repeat("0", f.minInt-len(ip)) + ip
	}
	var out []part
	group := true
	minGroup := f.sym.minGroup
	switch f.grouping {
	case false:
		group = false
	case "always":
		minGroup = 1
	case "min2":
		minGroup = 2
	}
	if group && len(ip) >= f.sym.primary+minGroup {
		var groups []string
		rest := ip
		size := f.sym.primary
		for len(rest) > size {
			groups = append([]string{rest[len(rest)-size:]}, groups...)
			rest = rest[:len(rest)-size]
			size = f.sym.secondary
		}
		groups = append([]string{rest}, groups...)
		for i, g := range groups {
			if i > 0 {
				out = append(out, part{"group", f.sym.group})
			}
			out = append(out, part{"integer", g})
		}
	} else {
		out = append(out, part{"integer", ip})
	}
	if fp != "" {
		out = append(out, part{"decimal", f.sym.decimal}, part{"fraction", fp})
	}
	return out
}

// units: short, narrow, long singular, long plural (English).
var units = map[string][4]string{
	"bit": {" bit", "bit", " bit", " bits"}, "byte": {" byte", "B", " byte", " bytes"},
	"kilobit": {" kb", "kb", " kilobit", " kilobits"}, "kilobyte": {" kB", "kB", " kilobyte", " kilobytes"},
	"megabit": {" Mb", "Mb", " megabit", " megabits"}, "megabyte": {" MB", "MB", " megabyte", " megabytes"},
	"gigabit": {" Gb", "Gb", " gigabit", " gigabits"}, "gigabyte": {" GB", "GB", " gigabyte", " gigabytes"},
	"terabit": {" Tb", "Tb", " terabit", " terabits"}, "terabyte": {" TB", "TB", " terabyte", " terabytes"},
	"petabyte":    {" PB", "PB", " petabyte", " petabytes"},
	"nanosecond":  {" ns", "ns", " nanosecond", " nanoseconds"},
	"microsecond": {" μs", "μs", " microsecond", " microseconds"},
	"millisecond": {" ms", "ms", " millisecond", " milliseconds"},
	"second":      {" sec", "s", " second", " seconds"}, "minute": {" min", "m", " minute", " minutes"},
	"hour": {" hr", "h", " hour", " hours"}, "day": {" day|days", "d", " day", " days"},
	"week": {" wk|wks", "w", " week", " weeks"}, "month": {" mth|mths", "m", " month", " months"},
	"year":       {" yr|yrs", "y", " year", " years"},
	"millimeter": {" mm", "mm", " millimeter", " millimeters"}, "centimeter": {" cm", "cm", " centimeter", " centimeters"},
	"meter": {" m", "m", " meter", " meters"}, "kilometer": {" km", "km", " kilometer", " kilometers"},
	"inch": {" in", "″", " inch", " inches"}, "foot": {" ft", "′", " foot", " feet"},
	"yard": {" yd", "yd", " yard", " yards"}, "mile": {" mi", "mi", " mile", " miles"},
	"gram": {" g", "g", " gram", " grams"}, "kilogram": {" kg", "kg", " kilogram", " kilograms"},
	"ounce": {" oz", "oz", " ounce", " ounces"}, "pound": {" lb", "lb", " pound", " pounds"},
	"stone":      {" st", "st", " stone", " stones"},
	"milliliter": {" mL", "mL", " milliliter", " milliliters"}, "liter": {" L", "L", " liter", " liters"},
	"gallon":  {" gal", "gal", " gallon", " gallons"},
	"celsius": {"°C", "°C", " degree Celsius", " degrees Celsius"}, "fahrenheit": {"°F", "°", " degree Fahrenheit", " degrees Fahrenheit"},
	"percent": {"%", "%", " percent", " percent"}, "degree": {" deg", "°", " degree", " degrees"},
	"kilometer-per-hour": {" km/h", "km/h", " kilometer per hour", " kilometers per hour"},
	"mile-per-hour":      {" mph", "mph", " mile per hour", " miles per hour"},
	"meter-per-second":   {" m/s", "m/s", " meter per second", " meters per second"},
	"acre":               {" ac", "ac", " acre", " acres"}, "hectare": {" ha", "ha", " hectare", " hectares"},
}

func unitLabel(unit, display string, n float64) (string, bool) {
	u, ok := units[unit]
	if !ok {
		return "", false
	}
	pick := func(s string) string {
		one, many, found := strings.Cut(s, "|")
		if found && n != 1 {
			return " " + strings.TrimPrefix(many, " ")
		}
		return one
	}
	switch display {
	case "narrow":
		return pick(u[1]), true
	case "long":
		if n == 1 {
			return u[2], true
		}
		return u[3], true
	}
	return pick(u[0]), true
}
