package globals

import (
	_ "embed"
	"math"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/text/language"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed intl.js
var intlJS string

var intlScript = jsrt.NewScript("edgeplay:intl", intlJS)

// maxIntlInput caps what one native Intl call will scan (Interrupt cannot
// stop a Go loop).
const maxIntlInput = 16 << 20

// installIntl adds Intl and the locale-sensitive built-in methods.
func installIntl(r *jsrt.Runtime) error {
	vm := r.VM()
	obj := func(pairs [][2]any) *goja.Object {
		o := vm.NewObject()
		for _, p := range pairs {
			_ = o.Set(p[0].(string), p[1])
		}
		return o
	}
	flat := func(ps []part) []any {
		out := make([]any, 0, 2*len(ps))
		for _, p := range ps {
			out = append(out, p.typ, p.val)
		}
		return out
	}
	check := func(err error) {
		if err != nil {
			r.Throw(err)
		}
	}
	locales := func(v goja.Value) []string {
		if v == nil || goja.IsUndefined(v) {
			return nil
		}
		var list []string
		if err := vm.ExportTo(v, &list); err != nil {
			r.ThrowTypeError("Intl: locales must be a string or an array of strings")
		}
		out, err := canonicalLocales(list)
		check(err)
		return out
	}
	_, err := intlScript.Call(r, map[string]any{
		"canonicalLocales": func(v goja.Value) []string { return locales(v) },
		"supportedLocales": func(v goja.Value, dates bool) []string {
			var out []string
			for _, l := range locales(v) {
				if got, _ := pickLocale([]string{l}, dates); got != defaultLocale || strings.HasPrefix(l, "en") {
					out = append(out, l)
				}
			}
			return out
		},
		"numberFormat": func(lv goja.Value, m map[string]any) *goja.Object {
			f, err := newNumberFormat(locales(lv), m)
			check(err)
			return obj([][2]any{
				{"resolved", obj(f.resolved())},
				{"format", func(x float64, s string, isStr bool) string {
					return partsText(f.format(x, s, isStr))
				}},
				{"parts", func(x float64, s string, isStr bool) []any { return flat(f.format(x, s, isStr)) }},
			})
		},
		"dateTimeFormat": func(lv goja.Value, m map[string]any, required, defaults string) *goja.Object {
			d, err := newDateTimeFormat(locales(lv), m, required, defaults)
			check(err)
			return obj([][2]any{
				{"resolved", obj(d.resolved())},
				{"format", func(ms float64) string {
					ps, err := d.format(ms)
					check(err)
					return partsText(ps)
				}},
				{"parts", func(ms float64) []any {
					ps, err := d.format(ms)
					check(err)
					return flat(ps)
				}},
			})
		},
		"collator": func(lv goja.Value, usage, sensitivity string, numeric, ignorePunct bool) *goja.Object {
			loc, _ := pickLocale(locales(lv), false)
			cmp := newCollator(loc, sensitivity, numeric, ignorePunct)
			return obj([][2]any{{"locale", loc}, {"compare", func(a, b string) int {
				if len(a)+len(b) > maxIntlInput {
					r.Throw(jsrt.Errorf("RangeError", "Intl.Collator: strings too long to compare"))
				}
				return cmp(a, b)
			}}})
		},
		"pluralRules": func(lv goja.Value, m map[string]any) *goja.Object {
			typ := (&opts{m: m}).str("type", "cardinal")
			if typ != "cardinal" && typ != "ordinal" {
				check(jsrt.Errorf("RangeError", "Value %s out of range for Intl.PluralRules options property type", typ))
			}
			m2 := map[string]any{}
			for k, v := range m {
				if k != "type" && k != "style" && k != "currency" && k != "unit" {
					m2[k] = v
				}
			}
			f, err := newNumberFormat(locales(lv), m2)
			check(err)
			ordinal := typ == "ordinal"
			res := [][2]any{{"locale", f.locale}, {"type", typ}, {"notation", "standard"}}
			for _, p := range f.resolved() {
				switch p[0] {
				case "locale", "numberingSystem", "style", "useGrouping", "signDisplay", "notation":
					continue
				}
				if p[0] == "roundingIncrement" {
					res = append(res, [2]any{"pluralCategories", pluralCategories(f.tag, ordinal)})
				}
				res = append(res, p)
			}
			return obj([][2]any{
				{"resolved", obj(res)},
				{"select", func(x float64) string {
					if math.IsNaN(x) || math.IsInf(x, 0) {
						return "other"
					}
					ip, fp := f.roundDigits(decimalFromFloat(x), x < 0, f.minFrac, f.maxFrac)
					return pluralForm(f.tag, ordinal, ip, fp)
				}},
			})
		},
		"segment": func(granularity, s string) []int {
			if len(s) > maxIntlInput {
				r.Throw(jsrt.Errorf("RangeError", "Intl.Segmenter: input too long"))
			}
			switch granularity {
			case "word":
				return words(s)
			case "sentence":
				return sentences(s)
			}
			return graphemes(s)
		},
		"pickLocale": func(lv goja.Value) string {
			l, _ := pickLocale(locales(lv), false)
			return l
		},
		"localZone": localZone,
		"maximize": func(tag string) []string {
			t, err := language.Parse(tag)
			if err != nil {
				check(jsrt.Errorf("RangeError", "Incorrect locale information provided"))
			}
			b, _ := t.Base()
			s, _ := t.Script()
			rg, _ := t.Region()
			return []string{b.String(), s.String(), rg.String()}
		},
	})
	return err
}
