package store

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/edgeplay/edgeplay/engine/events"
)

const crashEnv = "EDGEPLAY_STORE_CRASH_CHILD"

// TestCrashChild is the child of TestCrash: it writes saves, settings and
// events as fast as it can, printing an ACK line after each durable save,
// until it is killed.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashEnv)
	if dir == "" {
		t.Skip("only run as TestCrash's child")
	}
	s, err := Open(dir, Options{Timeout: 5 * time.Second, FlushEvery: 5 * time.Millisecond})
	if err != nil {
		fmt.Println("OPENFAIL", err)
		os.Exit(3)
	}
	if _, err := s.EnsureProject("p"); err != nil {
		fmt.Println("FAIL", err)
		os.Exit(3)
	}
	round := os.Getenv(crashEnv + "_ROUND")
	go func() {
		for i := 0; ; i++ {
			s.Timeline().Emit(events.Event{Seq: uint64(i), Function: "fn", Worker: "w" + round, Request: fmt.Sprint("r", i/4), Type: events.Log,
				Fields: events.Fields{"message": strings.Repeat("x", i%200)}})
			if i%64 == 0 {
				time.Sleep(time.Millisecond)
			}
		}
	}()
	fmt.Println("READY")
	for i := 0; ; i++ {
		fn := fmt.Sprint("fn", i%3)
		content := fmt.Sprintf("// round %s save %d\n%s", round, i, strings.Repeat("y", i%5000))
		v, err := s.WriteFile("p", fn, "index.ts", []byte(content), "crash")
		if err != nil {
			fmt.Println("FAIL", err)
			os.Exit(3)
		}
		fmt.Printf("ACK file %s %d %s\n", fn, v.N, hashOf([]byte(content)))
		key, val := fmt.Sprintf("r%s-%d", round, i), fmt.Sprint(i)
		if err := s.SetSetting(key, val); err != nil {
			fmt.Println("FAIL", err)
			os.Exit(3)
		}
		fmt.Printf("ACK set %s %s\n", key, val)
	}
}

// TestCrash kills a writing child with SIGKILL at random moments and
// checks after each kill that the database opens cleanly (bbolt's
// consistency check included) and holds every acknowledged save.
func TestCrash(t *testing.T) {
	if os.Getenv(crashEnv) != "" {
		t.Skip("child")
	}
	rounds := 50
	if testing.Short() {
		rounds = 10
	}
	dir := t.TempDir()
	type fileAck struct {
		fn   string
		n    uint64
		hash string
	}
	var files []fileAck
	settings := map[string]string{}
	clean := 0
	start := time.Now()
	for round := 0; round < rounds; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+dir, fmt.Sprint(crashEnv+"_ROUND=", round))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1024)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		kill := time.After(time.Duration(5+rand.IntN(150)) * time.Millisecond)
		ready := false
		var failed string
	read:
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					break read
				}
				f := strings.Fields(l)
				switch {
				case l == "READY":
					ready = true
				case len(f) == 5 && f[0] == "ACK" && f[1] == "file":
					n, _ := strconv.ParseUint(f[3], 10, 64)
					files = append(files, fileAck{f[2], n, f[4]})
				case len(f) == 4 && f[0] == "ACK" && f[1] == "set":
					settings[f[2]] = f[3]
				case strings.HasPrefix(l, "FAIL") || strings.HasPrefix(l, "OPENFAIL"):
					failed = l
				}
			case <-kill:
				cmd.Process.Signal(syscall.SIGKILL)
				kill = nil
			}
		}
		cmd.Wait()
		if failed != "" {
			t.Errorf("round %d: child failed: %s", round, failed)
			continue
		}
		if !ready {
			t.Logf("round %d: killed before it was ready", round)
		}

		// After the kill: open, check, verify every ACK.
		ok := func() bool {
			s, err := Open(dir, Options{Timeout: 5 * time.Second})
			if err != nil {
				t.Errorf("round %d: reopen: %v", round, err)
				return false
			}
			defer s.Close()
			good := true
			s.db.View(func(tx *bolt.Tx) error {
				for err := range tx.Check() {
					t.Errorf("round %d: bbolt check: %v", round, err)
					good = false
				}
				return nil
			})
			for _, a := range files {
				got, err := s.VersionFiles("p", a.fn, a.n)
				if err != nil || hashOf(got["index.ts"]) != a.hash {
					t.Errorf("round %d: acknowledged save %s v%d lost: %v", round, a.fn, a.n, err)
					good = false
				}
			}
			all, err := s.Settings()
			if err != nil {
				t.Errorf("round %d: %v", round, err)
				return false
			}
			for k, v := range settings {
				if all[k] != v {
					t.Errorf("round %d: acknowledged setting %s=%s lost (got %q)", round, k, v, all[k])
					good = false
				}
			}
			if _, err := s.Timeline().Query(Query{Limit: 10, Reverse: true}); err != nil {
				t.Errorf("round %d: timeline: %v", round, err)
				good = false
			}
			return good
		}()
		if ok {
			clean++
		}
	}
	st, _ := os.Stat(dir + "/" + FileName)
	t.Logf("crash test: %d/%d clean; %d acknowledged saves and %d settings checked; db %d KiB; %v",
		clean, rounds, len(files), len(settings), st.Size()>>10, time.Since(start).Round(time.Millisecond))
	if clean != rounds {
		t.Fatalf("%d/%d clean", clean, rounds)
	}
}
