// Package supa holds what the local Supabase services (auth, storage)
// share.
package supa

import (
	"crypto/rand"
	"fmt"
)

// NewUUID returns a random (version 4) UUID, the id format Supabase uses.
func NewUUID() string {
	var u [16]byte
	_, _ = rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}
