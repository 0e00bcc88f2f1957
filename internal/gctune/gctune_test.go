package gctune

import "testing"

func TestGOGCFor(t *testing.T) {
	for _, tc := range []struct {
		live uint64
		want int
	}{
		{0, MaxGOGC},
		{8 << 20, MaxGOGC},  // small heaps: trade memory for CPU
		{16 << 20, MaxGOGC}, // 64 MB headroom = 400 %
		{32 << 20, 200},     // heap may reach 96 MB
		{64 << 20, MinGOGC}, // from here on, double at most
		{1 << 30, MinGOGC},
	} {
		if got := GOGCFor(tc.live); got != tc.want {
			t.Errorf("GOGCFor(%d MB) = %d, want %d", tc.live>>20, got, tc.want)
		}
	}
}
