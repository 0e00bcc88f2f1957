// Command genzip writes a test zip of about the requested size: many small
// files, a few large ones, nested folders, a directory entry and unicode
// names — the fixtures for the seed zip examples (generated, never
// committed).
//
//	go run ./bench/genzip -out /tmp/test.zip -size 100MB -files 1000
package main

import (
	"archive/zip"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

func main() {
	out := flag.String("out", "test.zip", "zip to write")
	sizeFlag := flag.String("size", "10MB", "approximate uncompressed size (KB, MB, GB)")
	files := flag.Int("files", 100, "number of small files")
	large := flag.Int("large", 3, "number of large files (share half of the size)")
	seed := flag.Int64("seed", 1, "random seed (same seed, same zip)")
	flag.Parse()
	size, err := parseSize(*sizeFlag)
	if err != nil {
		fail(err)
	}
	if err := Write(*out, size, *files, *large, *seed); err != nil {
		fail(err)
	}
	st, _ := os.Stat(*out)
	fmt.Printf("%s: %d entries, %d MB uncompressed, %d MB zipped\n", *out, *files+*large+1, size>>20, st.Size()>>20)
}

// Write creates the zip.
func Write(path string, size int64, files, large int, seed int64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	rng := rand.New(rand.NewSource(seed))
	zw := zip.NewWriter(f)
	if _, err := zw.Create("empty-dir/"); err != nil { // a directory entry
		return err
	}
	words := []string{"edge", "function", "worker", "stream", "zip", "deno", "supabase", "bucket", "tmp", "ünïcödé", "日本語"}
	text := func(n int64) []byte {
		var b strings.Builder
		for int64(b.Len()) < n {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteByte(' ')
			if rng.Intn(12) == 0 {
				b.WriteString(strconv.Itoa(rng.Int()))
				b.WriteByte('\n')
			}
		}
		return []byte(b.String()[:n])
	}
	small := size / 2 / int64(max(files, 1))
	for i := 0; i < files; i++ {
		name := fmt.Sprintf("docs/part-%d/file-%05d.txt", i%10, i)
		if i%17 == 0 {
			name = fmt.Sprintf("docs/ünïcödé/ファイル-%d.txt", i)
		}
		w, err := zw.Create(name)
		if err != nil {
			return err
		}
		if _, err := w.Write(text(small)); err != nil {
			return err
		}
	}
	chunk := make([]byte, 1<<20)
	for i := 0; i < large; i++ {
		w, err := zw.Create(fmt.Sprintf("large/blob-%d.bin", i))
		if err != nil {
			return err
		}
		for left := size / 2 / int64(max(large, 1)); left > 0; left -= int64(len(chunk)) {
			// half random (incompressible), half text: a realistic mix
			rng.Read(chunk[:len(chunk)/2])
			copy(chunk[len(chunk)/2:], text(int64(len(chunk)/2)))
			if _, err := w.Write(chunk[:min(int64(len(chunk)), left)]); err != nil {
				return err
			}
		}
	}
	return zw.Close()
}

func parseSize(s string) (int64, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}} {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			v, err := strconv.ParseFloat(n, 64)
			return int64(v * float64(u.mult)), err
		}
	}
	return strconv.ParseInt(s, 10, 64)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "genzip:", err)
	os.Exit(1)
}
