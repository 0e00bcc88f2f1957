package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// bbolt maps the file and trusts its meta page: a file cut short (a
// copy that stopped half way, a full disk) makes it touch pages past the
// end of the mapping, which is SIGBUS, not an error or a panic. So before
// bbolt sees a file, checkFileShape reads the two meta pages itself and
// refuses a file smaller than the high-water mark the newest valid meta
// page records.

const (
	boltMagic      = 0xED0CDAED
	pageHeaderSize = 16
	// meta fields after the page header: magic, version, pageSize,
	// flags (4 bytes each), root bucket (16), freelist, pgid, txid,
	// checksum (8 each).
	metaChecksumOffset = pageHeaderSize + 4*4 + 16 + 8*3
	metaSize           = metaChecksumOffset + 8
)

type metaPage struct {
	pageSize uint32
	pgid     uint64
	txid     uint64
}

// readMeta decodes and validates one meta page; ok is false if it is
// not a valid bbolt meta page.
func readMeta(b []byte) (m metaPage, ok bool) {
	if len(b) < metaSize {
		return m, false
	}
	le := binary.LittleEndian
	if le.Uint32(b[pageHeaderSize:]) != boltMagic {
		return m, false
	}
	h := fnv.New64a()
	h.Write(b[pageHeaderSize:metaChecksumOffset])
	if h.Sum64() != le.Uint64(b[metaChecksumOffset:]) {
		return m, false
	}
	m.pageSize = le.Uint32(b[pageHeaderSize+8:])
	m.pgid = le.Uint64(b[pageHeaderSize+16+16+8:])
	m.txid = le.Uint64(b[pageHeaderSize+16+16+16:])
	return m, m.pageSize >= 512
}

// checkFileShape returns nil for a missing or empty file (bbolt creates
// it) and for a file whose newest valid meta page fits; otherwise a
// description of the damage.
func checkFileShape(path string) error {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	size := st.Size()
	if size == 0 {
		return nil
	}
	head := make([]byte, metaSize)
	if _, err := io.ReadFull(f, head); err != nil {
		return fmt.Errorf("file is %d bytes, too short for a database header", size)
	}
	best, found := readMeta(head)
	// The second meta page sits one page further on; if the first is
	// damaged its page size is unknown, so try the common ones.
	sizes := []int64{4096, 8192, 16384, 65536}
	if found {
		sizes = []int64{int64(best.pageSize)}
	}
	for _, ps := range sizes {
		b := make([]byte, metaSize)
		if _, err := f.ReadAt(b, ps); err != nil {
			continue
		}
		if m, ok := readMeta(b); ok && int64(m.pageSize) == ps && (!found || m.txid > best.txid) {
			best, found = m, true
		}
	}
	if !found {
		return fmt.Errorf("no valid meta page")
	}
	if need := int64(best.pgid) * int64(best.pageSize); size < need {
		return fmt.Errorf("file is %d bytes but its header says %d: it was cut short", size, need)
	}
	return nil
}
