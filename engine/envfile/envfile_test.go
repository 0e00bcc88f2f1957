package envfile

import (
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	cases := []struct {
		name, in string
		want     map[string]string
		err      string
	}{
		{"plain", "A=1\nB=two words", map[string]string{"A": "1", "B": "two words"}, ""},
		{"comments and blanks", "# c\n\nA=1 # trailing\n", map[string]string{"A": "1"}, ""},
		{"export", "export TOKEN=abc", map[string]string{"TOKEN": "abc"}, ""},
		{"single quoted literal", `A='x\ny # not comment'`, map[string]string{"A": `x\ny # not comment`}, ""},
		{"double quoted escapes", `A="l1\nl2 \"q\""`, map[string]string{"A": "l1\nl2 \"q\""}, ""},
		{"multi-line", "KEY=\"-----BEGIN\nabc\n-----END\"\nB=2", map[string]string{"KEY": "-----BEGIN\nabc\n-----END", "B": "2"}, ""},
		{"empty value", "A=", map[string]string{"A": ""}, ""},
		{"equals in value", "URL=postgres://u:p@h/db?x=1", map[string]string{"URL": "postgres://u:p@h/db?x=1"}, ""},
		{"missing equals", "A=1\nnonsense", nil, "line 2: expected KEY=VALUE"},
		{"bad name", "1A=1", nil, `line 1: invalid variable name "1A"`},
		{"unterminated", "A=\"open", nil, "line 1: unterminated double-quoted"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(strings.NewReader(tc.in))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}
