package globals

import (
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// defaultLocale is the locale Deno reports on a machine without LANG.
const defaultLocale = "en-US"

// canonicalLocales parses a list of BCP 47 tags (Intl's
// CanonicalizeLocaleList): RangeError on a malformed tag, duplicates
// dropped. Unicode extensions (-u-...) are kept in the tag.
func canonicalLocales(tags []string) ([]string, error) {
	out := make([]string, 0, len(tags))
	seen := map[string]bool{}
	for _, s := range tags {
		if !wellFormed(s) {
			return nil, jsrt.Errorf("RangeError", "Invalid language tag: %s", s)
		}
		c := casedTag(s)
		if t, err := language.Parse(s); err == nil {
			c = t.String()
		}
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out, nil
}

// wellFormed is a loose BCP 47 syntax check: alphanumeric subtags of 1-8
// characters joined by '-', the first a 2-3 or 5-8 letter language.
func wellFormed(s string) bool {
	parts := strings.Split(s, "-")
	for i, p := range parts {
		if len(p) == 0 || len(p) > 8 {
			return false
		}
		for _, r := range p {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				return false
			}
		}
		if i == 0 && (len(p) == 4 || len(p) < 2 || strings.ContainsAny(p, "0123456789")) {
			return false
		}
	}
	return true
}

// casedTag applies BCP 47 case conventions to a tag x/text does not know.
func casedTag(s string) string {
	parts := strings.Split(strings.ToLower(s), "-")
	for i := 1; i < len(parts); i++ {
		if len(parts[i-1]) == 1 {
			break // extensions stay lower case
		}
		switch len(parts[i]) {
		case 2:
			parts[i] = strings.ToUpper(parts[i])
		case 4:
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "-")
}

// dateLocales are the base languages with date patterns in intl_date.go;
// numbers work for any language golang.org/x/text knows.
var dateLocales = map[string]bool{
	"en": true, "de": true, "fr": true, "es": true, "it": true, "pt": true, "nl": true,
	"ja": true, "zh": true, "ru": true, "pl": true, "sv": true,
}

// pickLocale is Intl's lookup: the first requested locale whose language
// is supported, without its Unicode extension; en-US when none is.
func pickLocale(requested []string, dates bool) (string, language.Tag) {
	for _, s := range requested {
		t, err := language.Parse(s)
		if err != nil {
			continue
		}
		base, _ := t.Base()
		if base.String() == "und" {
			continue
		}
		if dates && !dateLocales[base.String()] {
			continue
		}
		if !dates && base.ISO3() == "" {
			continue
		}
		// drop extensions: resolvedOptions().locale has none we do not honour
		stripped := s
		if i := strings.Index(strings.ToLower(s), "-u-"); i >= 0 {
			stripped = s[:i]
		}
		if t2, err := language.Parse(stripped); err == nil {
			return t2.String(), t2
		}
	}
	return defaultLocale, language.AmericanEnglish
}

// numSymbols is what a locale needs to lay out a number.
type numSymbols struct {
	decimal, group     string
	primary, secondary int    // group sizes (3,3; en-IN 3,2)
	minGroup           int    // 2 where 1234 is not grouped ("auto")
	percentPre         string // text before the digits in a percent
	percentPost        string // text after
	currency           int    // 0: ¤1; 1: ¤ 1; 2: 1 ¤
}

// minGroup2 are languages whose CLDR minimumGroupingDigits is 2.
var minGroup2 = map[string]bool{"es": true, "it": true, "pl": true, "pt-PT": true}

// currencyAfter are languages that write the currency after the amount.
var currencyAfter = map[string]bool{
	"de": true, "fr": true, "es": true, "it": true, "ru": true, "pl": true, "sv": true, "fi": true,
	"nb": true, "no": true, "da": true, "cs": true, "sk": true, "uk": true, "hu": true, "ro": true,
	"bg": true, "el": true, "hr": true, "sl": true, "lt": true, "lv": true, "et": true, "ca": true,
	"pt-PT": true, "be": true, "sr": true, "is": true, "vi": true,
}

// currencySpaced write "¤ 1" (symbol, no-break space, amount).
var currencySpaced = map[string]bool{"nl": true, "pt": true, "de-AT": true, "de-CH": true, "en-AU": true, "es-MX": true}

// symbolsFor derives separators and grouping from golang.org/x/text's
// CLDR data by formatting a probe number, with overrides where ICU (and so
// Deno) differs. Non-Latin digit systems fall back to English symbols:
// only the "latn" numbering system is supported.
func symbolsFor(t language.Tag) numSymbols {
	s := numSymbols{decimal: ".", group: ",", primary: 3, secondary: 3, minGroup: 1, percentPost: "%"}
	p := message.NewPrinter(t)
	probe := p.Sprint(number.Decimal(12345678.5))
	if latinDigits(probe) {
		// probe is "12<g>345<g>678<d>5" (or en-IN "1,23,45,678.5")
		s.decimal, s.group, s.primary, s.secondary = parseProbe(probe, s)
		pc := p.Sprint(number.Percent(0.25))
		if i := strings.Index(pc, "25"); i >= 0 && latinDigits(pc) {
			s.percentPre, s.percentPost = pc[:i], pc[i+2:]
		}
	}
	base, _ := t.Base()
	region, _ := t.Region()
	lang, full := base.String(), base.String()+"-"+region.String()
	if lang == "fr" && region.String() != "CA" && region.String() != "CH" {
		s.group = "\u202f" // ICU's narrow no-break space
	}
	if minGroup2[full] || (minGroup2[lang] && (region.String() == "ZZ" || region.String() == strings.ToUpper(lang))) {
		s.minGroup = 2
	}
	switch {
	case currencySpaced[full] || (currencySpaced[lang] && full != "pt-PT"):
		s.currency = 1
	case currencyAfter[full] || currencyAfter[lang]:
		s.currency = 2
	}
	return s
}

func latinDigits(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func parseProbe(probe string, def numSymbols) (dec, grp string, primary, secondary int) {
	// split into digit runs and separators
	var runs []string
	var seps []string
	cur := ""
	sep := ""
	for _, r := range probe {
		if r >= '0' && r <= '9' {
			if sep != "" {
				seps = append(seps, sep)
				sep = ""
				runs = append(runs, cur)
				cur = ""
			}
			cur += string(r)
		} else {
			sep += string(r)
		}
	}
	runs = append(runs, cur)
	if len(runs) < 3 || len(seps) != len(runs)-1 {
		return def.decimal, def.group, def.primary, def.secondary
	}
	dec = seps[len(seps)-1]
	grp = seps[0]
	ints := runs[:len(runs)-1]
	primary = len(ints[len(ints)-1])
	secondary = primary
	if len(ints) >= 3 {
		secondary = len(ints[len(ints)-2])
	}
	return dec, grp, primary, secondary
}
