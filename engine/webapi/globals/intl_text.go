package globals

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// --- Intl.Segmenter: simplified UAX #29 ---

func runeLen16(r rune) int {
	if r > 0xFFFF {
		return 2
	}
	return 1
}

func isExtend(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) || r == 0x200D ||
		(r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F) || (r >= 0xFE00 && r <= 0xFE0F)
}

func isPictographic(r rune) bool {
	return (r >= 0x1F000 && r <= 0x1FAFF) || (r >= 0x2600 && r <= 0x27BF) || (r >= 0x2300 && r <= 0x23FF) ||
		(r >= 0x2B00 && r <= 0x2BFF) || r == 0xA9 || r == 0xAE || r == 0x203C || r == 0x2049 || r == 0x2122 ||
		r == 0x2139 || (r >= 0x2194 && r <= 0x21AA) || r == 0x3030 || r == 0x303D || r == 0x3297 || r == 0x3299
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// graphemes returns the UTF-16 lengths of the extended grapheme clusters
// of s: CR LF, combining marks and other extenders, ZWJ emoji sequences,
// emoji modifiers and regional-indicator pairs (no Hangul jamo or
// Indic conjunct rules).
func graphemes(s string) []int {
	rs := []rune(s)
	var out []int
	for i := 0; i < len(rs); {
		start := i
		n := runeLen16(rs[i])
		first := rs[i]
		i++
		if first == '\r' && i < len(rs) && rs[i] == '\n' {
			out = append(out, 2)
			i++
			continue
		}
		if first == '\r' || first == '\n' || unicode.Is(unicode.Cc, first) {
			out = append(out, n)
			continue
		}
		if isRegional(first) && i < len(rs) && isRegional(rs[i]) {
			n += 2
			i++
		}
		for i < len(rs) {
			r := rs[i]
			switch {
			case isExtend(r):
				n += runeLen16(r)
				i++
				if r == 0x200D && i < len(rs) && isPictographic(rs[i]) && isPictographic(rs[start]) {
					n += runeLen16(rs[i])
					i++
				}
				continue
			}
			break
		}
		out = append(out, n)
	}
	return out
}

type wordClass int

const (
	wOther wordClass = iota
	wLetter
	wNumber
	wSpace
	wMidLetter
	wMidNum
	wMidBoth
	wConnector
	wIdeo
)

func classify(r rune) wordClass {
	switch {
	case r == '\'' || r == '.' || r == 0x2019 || r == 0x2018:
		if r == '.' {
			return wMidBoth
		}
		return wMidLetter
	case r == ':' || r == 0xB7:
		return wMidLetter
	case r == ',' || r == ';':
		return wMidNum
	case r == '_':
		return wConnector
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
		return wIdeo
	case unicode.IsLetter(r) || isExtend(r):
		return wLetter
	case unicode.IsDigit(r) || unicode.Is(unicode.Nd, r):
		return wNumber
	case r == ' ' || r == '\t' || r == 0xA0 || unicode.Is(unicode.Zs, r):
		return wSpace
	}
	return wOther
}

// words returns [utf16Len, wordLike(0/1)] pairs: letter/number runs (with
// apostrophes, decimal points and underscores inside), whitespace runs,
// and every other character alone. CJK text is split per character (ICU
// uses a dictionary).
func words(s string) []int {
	rs := []rune(s)
	var out []int
	for i := 0; i < len(rs); {
		c := classify(rs[i])
		n := runeLen16(rs[i])
		j := i + 1
		switch c {
		case wLetter, wNumber, wConnector:
			for j < len(rs) {
				d := classify(rs[j])
				if d == wLetter || d == wNumber || d == wConnector {
					n += runeLen16(rs[j])
					j++
					continue
				}
				if j+1 < len(rs) {
					next := classify(rs[j+1])
					prev := classify(rs[j-1])
					if (d == wMidLetter || d == wMidBoth) && prev == wLetter && next == wLetter ||
						(d == wMidNum || d == wMidBoth) && prev == wNumber && next == wNumber {
						n += runeLen16(rs[j]) + runeLen16(rs[j+1])
						j += 2
						continue
					}
				}
				break
			}
			out = append(out, n, 1)
		case wSpace:
			for j < len(rs) && classify(rs[j]) == wSpace {
				n += runeLen16(rs[j])
				j++
			}
			out = append(out, n, 0)
		case wIdeo:
			out = append(out, n, 1)
		default:
			if rs[i] == '\r' && j < len(rs) && rs[j] == '\n' {
				n++
				j++
			}
			for j < len(rs) && isExtend(rs[j]) {
				n += runeLen16(rs[j])
				j++
			}
			out = append(out, n, 0)
		}
		i = j
	}
	return out
}

// sentences splits after terminal punctuation (. ? ! and closing quotes)
// followed by whitespace, keeping the whitespace with the sentence.
func sentences(s string) []int {
	rs := []rune(s)
	var out []int
	n := 0
	for i := 0; i < len(rs); i++ {
		n += runeLen16(rs[i])
		r := rs[i]
		if r == '\n' || r == 0x2029 {
			out = append(out, n)
			n = 0
			continue
		}
		if r != '.' && r != '?' && r != '!' && r != 0x3002 {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune(".?!\"')]”’", rs[j]) {
			n += runeLen16(rs[j])
			j++
		}
		if j < len(rs) && !unicode.IsSpace(rs[j]) && r != 0x3002 {
			i = j - 1
			continue
		}
		for j < len(rs) && unicode.IsSpace(rs[j]) {
			n += runeLen16(rs[j])
			j++
		}
		out = append(out, n)
		n = 0
		i = j - 1
	}
	if n > 0 {
		out = append(out, n)
	}
	return out
}

// --- Intl.Collator ---

func newCollator(locale string, sensitivity string, numeric, ignorePunct bool) func(a, b string) int {
	tag, err := language.Parse(locale)
	if err != nil {
		tag = language.AmericanEnglish
	}
	var o []collate.Option
	switch sensitivity {
	case "base":
		o = append(o, collate.IgnoreCase, collate.IgnoreDiacritics)
	case "accent":
		o = append(o, collate.IgnoreCase)
	case "case":
		o = append(o, collate.IgnoreDiacritics)
	}
	if numeric {
		o = append(o, collate.Numeric)
	}
	c := collate.New(tag, o...)
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) {
				return -1
			}
			return r
		}, s)
	}
	return func(a, b string) int {
		if ignorePunct {
			a, b = strip(a), strip(b)
		}
		return c.CompareString(a, b)
	}
}

// --- Intl.PluralRules ---

var pluralNames = map[plural.Form]string{
	plural.Other: "other", plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many",
}

// pluralForm selects the CLDR plural category of a formatted number
// (integer digits and visible fraction digits).
func pluralForm(tag language.Tag, ordinal bool, intPart, frac string) string {
	rules := plural.Cardinal
	if ordinal {
		rules = plural.Ordinal
	}
	// the rules only look at the low digits: keep six of them
	if len(intPart) > 6 {
		intPart = intPart[len(intPart)-6:]
	}
	i, _ := strconv.Atoi(intPart)
	v := len(frac)
	ft := strings.TrimRight(frac, "0")
	w := len(ft)
	if len(frac) > 9 {
		frac = frac[:9]
	}
	if len(ft) > 9 {
		ft = ft[:9]
	}
	f, _ := strconv.Atoi("0" + frac)
	t, _ := strconv.Atoi("0" + ft)
	return pluralNames[rules.MatchPlural(tag, i, v, w, f, t)]
}

// pluralCategories lists the categories a locale uses, in CLDR order.
func pluralCategories(tag language.Tag, ordinal bool) []string {
	seen := map[string]bool{}
	for n := 0; n <= 1000; n++ {
		seen[pluralForm(tag, ordinal, strconv.Itoa(n), "")] = true
		if !ordinal {
			seen[pluralForm(tag, ordinal, strconv.Itoa(n), "5")] = true
		}
	}
	for _, n := range []string{"1000000", "10000000"} {
		seen[pluralForm(tag, ordinal, n, "")] = true
	}
	var out []string
	for _, c := range []string{"zero", "one", "two", "few", "many", "other"} {
		if seen[c] {
			out = append(out, c)
		}
	}
	return out
}
