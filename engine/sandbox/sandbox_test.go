package sandbox

import (
	"errors"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestMapPath(t *testing.T) {
	const fn = "hello"
	cwd := FunctionsDir + "/" + fn
	cases := []struct {
		in   string
		area Area
		rel  string
	}{
		{"/tmp", Tmp, "."},
		{"/tmp/", Tmp, "."},
		{"/tmp/a.txt", Tmp, "a.txt"},
		{"/tmp/a/b/../c", Tmp, "a/c"},
		{"/tmp/./x", Tmp, "x"},
		{"//tmp//x", Tmp, "x"},
		{"file:///tmp/x.zip", Tmp, "x.zip"},
		{"file://localhost/tmp/y", Tmp, "y"},
		{"data.json", Source, "data.json"},
		{"./lib/util.ts", Source, "lib/util.ts"},
		{cwd, Source, "."},
		{"/tmp/%2e%2e/etc", Tmp, "%2e%2e/etc"}, // no percent-decoding of plain paths: a literal name
		// escapes and other places: all denied
		{"/tmp/../etc/passwd", Denied, ""},
		{"/tmp/a/../../etc", Denied, ""},
		{"../other/index.ts", Denied, ""},
		{"../../../../etc/shadow", Denied, ""},
		{"/etc/passwd", Denied, ""},
		{"/", Denied, ""},
		{"/tmpfoo/x", Denied, ""},
		{"/tmp..", Denied, ""},
		{"/var/tmp/x", Denied, ""},
		{"/proc/self/environ", Denied, ""},
		{"/dev/null", Denied, ""},
		{"/home/deno/functions/other/secret.ts", Denied, ""},
		{"/home/deno/functions/hello-evil/x", Denied, ""},
		{"file:///etc/passwd", Denied, ""},
		{"file://evil.example/tmp/x", Denied, ""},
		{"..", Denied, ""},
		{"/tmp/x\x00.txt", Denied, ""},
		{"..\\..\\windows", Denied, ""},
		{"/tmp/" + strings.Repeat("a", MaxPathLen), Denied, ""},
		{"", Denied, ""},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			m, err := MapPath(cwd, tc.in, fn)
			if tc.area == Denied {
				if err == nil {
					t.Fatalf("%q mapped to %+v, want denied", tc.in, m)
				}
				return
			}
			if err != nil {
				t.Fatalf("%q: %v", tc.in, err)
			}
			if m.Area != tc.area || m.Rel != tc.rel {
				t.Fatalf("%q → %+v, want area %d rel %q", tc.in, m, tc.area, tc.rel)
			}
		})
	}
}

func FuzzMapPath(f *testing.F) {
	for _, s := range []string{"/tmp/a", "../x", "/tmp/../../etc", "file:///tmp/a", "a/b/../../..", "/tmp/\x00", "//tmp", "/tmp/./..", "file:/tmp/x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		m, err := MapPath(FunctionsDir+"/fn", p, "fn")
		if err != nil {
			return
		}
		if m.Virtual != path.Clean(m.Virtual) || !path.IsAbs(m.Virtual) {
			t.Fatalf("%q → unclean %q", p, m.Virtual)
		}
		var root string
		switch m.Area {
		case Tmp:
			root = TmpDir
		case Source:
			root = FunctionsDir + "/fn"
		default:
			t.Fatalf("%q → area %d without error", p, m.Area)
		}
		if m.Virtual != root && !strings.HasPrefix(m.Virtual, root+"/") {
			t.Fatalf("%q escaped to %q", p, m.Virtual)
		}
		for _, seg := range strings.Split(m.Rel, "/") {
			if seg == ".." {
				t.Fatalf("%q → rel %q has ..", p, m.Rel)
			}
		}
	})
}

func TestRootRefusesPlantedSymlink(t *testing.T) {
	s, err := New(t.TempDir(), "fn", fstest.MapFS{}, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	outside := filepath.Join(t.TempDir(), "secret")
	os.WriteFile(outside, []byte("secret"), 0o600)
	if err := os.Symlink(outside, filepath.Join(s.HostDir(), "link")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Root().ReadFile("link"); err == nil {
		t.Fatal("read through a symlink that escapes /tmp")
	}
}

func TestQuotaAndCleanup(t *testing.T) {
	s, err := New(t.TempDir(), "fn", fstest.MapFS{}, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Grow(900); err != nil {
		t.Fatal(err)
	}
	if err := s.Grow(200); !errors.Is(err, ErrQuota) {
		t.Fatalf("err = %v, want quota", err)
	}
	if err := s.Grow(-500); err != nil || s.Used() != 400 {
		t.Fatalf("after shrink used=%d err=%v", s.Used(), err)
	}
	dir := s.HostDir()
	s.Root().WriteFile("f", []byte("x"), 0o644)
	s.Close()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("/tmp dir survived Close: %v", err)
	}
}
