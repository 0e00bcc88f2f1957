package jsrt_test

import "testing"

func TestBytesOfEveryView(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"Uint8Array", `new Uint8Array([104, 105])`, "hi"},
		{"subarray", `new Uint8Array([0, 104, 105, 0]).subarray(1, 3)`, "hi"},
		{"ArrayBuffer", `new Uint8Array([104, 105]).buffer`, "hi"},
		{"DataView window", `new DataView(new Uint8Array([0, 104, 105, 0]).buffer, 1, 2)`, "hi"},
		{"Uint16Array", `new Uint16Array([0x6968])`, "hi"},
		{"Int8Array offset", `new Int8Array(new Uint8Array([1, 104, 105]).buffer, 1)`, "hi"},
		{"plain object", `({length: 2})`, ""},
		{"string", `"hi"`, ""},
	}
	r := start(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := r.Sync(func() error {
				v, err := r.VM().RunString(c.src)
				if err != nil {
					return err
				}
				b, ok := r.Bytes(v)
				if ok != (c.want != "") || string(b) != c.want {
					t.Errorf("Bytes = %q, %v; want %q", b, ok, c.want)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
