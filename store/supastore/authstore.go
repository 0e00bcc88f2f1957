package supastore

import (
	"encoding/json"
	"fmt"

	"github.com/edgeplay/edgeplay/engine/supa/auth"
	"github.com/edgeplay/edgeplay/store"
)

// authStore is auth.Store over auth.users and auth.sessions. Auth saves
// everything on every change (the data is small), so Save replaces both
// buckets in one transaction.
type authStore struct {
	st       *store.Store
	users    *store.KV
	sessions *store.KV
}

// userRecord is a user as stored: the User JSON plus its password hash
// (auth.User leaves the hash out of its JSON on purpose).
type userRecord struct {
	auth.User
	Hash string `json:"password_hash,omitempty"`
}

// NewAuthStore returns Auth's users and sessions kept in st.
func NewAuthStore(st *store.Store) (auth.Store, error) {
	users, err := st.KV("auth.users")
	if err != nil {
		return nil, fmt.Errorf("auth store: %w", err)
	}
	sessions, err := st.KV("auth.sessions")
	if err != nil {
		return nil, fmt.Errorf("auth store: %w", err)
	}
	return &authStore{st: st, users: users, sessions: sessions}, nil
}

// Load reads every user (with its hash) and session.
func (a *authStore) Load() ([]auth.User, map[string]string, []auth.Session, error) {
	var users []auth.User
	hashes := map[string]string{}
	err := a.users.Scan("", func(id string, data []byte) error {
		var rec userRecord
		if err := json.Unmarshal(data, &rec); err != nil {
			return fmt.Errorf("user %s: %w", id, err)
		}
		users = append(users, rec.User)
		if rec.Hash != "" {
			hashes[rec.ID] = rec.Hash
		}
		return nil
	})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("load auth users: %w", err)
	}
	var sessions []auth.Session
	err = a.sessions.Scan("", func(id string, data []byte) error {
		var se auth.Session
		if err := json.Unmarshal(data, &se); err != nil {
			return fmt.Errorf("session %s: %w", id, err)
		}
		sessions = append(sessions, se)
		return nil
	})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("load auth sessions: %w", err)
	}
	return users, hashes, sessions, nil
}

// Save replaces all users and sessions in one durable transaction.
func (a *authStore) Save(users []auth.User, hashes map[string]string, sessions []auth.Session) error {
	um := make(map[string][]byte, len(users))
	for _, u := range users {
		data, err := json.Marshal(userRecord{User: u, Hash: hashes[u.ID]})
		if err != nil {
			return fmt.Errorf("encode user %s: %w", u.ID, err)
		}
		um[u.ID] = data
	}
	sm := make(map[string][]byte, len(sessions))
	for _, se := range sessions {
		data, err := json.Marshal(se)
		if err != nil {
			return fmt.Errorf("encode session %s: %w", se.ID, err)
		}
		sm[se.ID] = data
	}
	err := a.st.KVBatch(func(tx *store.KVTx) error {
		if err := tx.Replace(a.users, um); err != nil {
			return err
		}
		return tx.Replace(a.sessions, sm)
	})
	if err != nil {
		return fmt.Errorf("save auth users: %w", err)
	}
	return nil
}
