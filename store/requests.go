package store

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SavedRequest is a request the user built in the request builder.
type SavedRequest struct {
	ID         string            `json:"id"`
	Collection string            `json:"collection,omitempty"` // Collection.ID or ""
	Name       string            `json:"name"`
	Function   string            `json:"function,omitempty"`
	Method     string            `json:"method"`
	Path       string            `json:"path"` // after /functions/v1/<function>, with the query
	Headers    map[string]string `json:"headers,omitempty"`
	BodyKind   string            `json:"bodyKind,omitempty"` // "json", "text", "file", "zip", …
	Body       []byte            `json:"body,omitempty"`
	FileName   string            `json:"fileName,omitempty"`
	Auth       string            `json:"auth,omitempty"` // "anon", "service_role", "user:<email>", ""
	Created    time.Time         `json:"created"`
	Updated    time.Time         `json:"updated"`
}

// Collection groups saved requests.
type Collection struct {
	ID      string    `json:"id"`
	Name    string    `json:"name"`
	Order   []string  `json:"order,omitempty"` // request IDs in display order
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
}

// MaxRequestBody bounds a saved request's body.
const MaxRequestBody = 16 << 20

// NewID returns a random 16-hex-digit id.
func NewID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// SaveRequest creates (empty ID) or replaces a saved request and returns
// it with its ID and times set.
func (s *Store) SaveRequest(project string, r SavedRequest) (SavedRequest, error) {
	if len(r.Body) > MaxRequestBody {
		return r, fmt.Errorf("save request: %w: body is %d bytes (at most %d)", ErrInvalid, len(r.Body), MaxRequestBody)
	}
	err := s.update("save request in "+project, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		b := pb.Bucket(bRequests)
		now := time.Now().UTC()
		if r.ID == "" {
			r.ID, r.Created = NewID(), now
		} else {
			var old SavedRequest
			if ok, _ := getJSON(b, r.ID, &old); ok {
				r.Created = old.Created
			} else if r.Created.IsZero() {
				r.Created = now
			}
		}
		if r.Collection != "" && pb.Bucket(bCollections).Get([]byte(r.Collection)) == nil {
			return fmt.Errorf("collection %q: %w", r.Collection, ErrNotFound)
		}
		r.Updated = now
		return putJSON(b, r.ID, r)
	})
	return r, err
}

// Requests lists saved requests (oldest first).
func (s *Store) Requests(project string) ([]SavedRequest, error) {
	var out []SavedRequest
	err := s.eachJSON("list requests of "+project, project, bRequests, func(v []byte) error {
		var r SavedRequest
		if err := json.Unmarshal(v, &r); err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out, err
}

// DeleteRequest removes a saved request.
func (s *Store) DeleteRequest(project, id string) error {
	return s.deleteIn("delete request "+id, project, bRequests, id)
}

// SaveCollection creates (empty ID) or replaces a collection.
func (s *Store) SaveCollection(project string, c Collection) (Collection, error) {
	err := s.update("save collection in "+project, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		b := pb.Bucket(bCollections)
		now := time.Now().UTC()
		if c.ID == "" {
			c.ID, c.Created = NewID(), now
		} else if c.Created.IsZero() {
			c.Created = now
		}
		c.Updated = now
		return putJSON(b, c.ID, c)
	})
	return c, err
}

// Collections lists collections (oldest first).
func (s *Store) Collections(project string) ([]Collection, error) {
	var out []Collection
	err := s.eachJSON("list collections of "+project, project, bCollections, func(v []byte) error {
		var c Collection
		if err := json.Unmarshal(v, &c); err != nil {
			return err
		}
		out = append(out, c)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out, err
}

// DeleteCollection removes a collection; its requests stay, ungrouped.
func (s *Store) DeleteCollection(project, id string) error {
	return s.update("delete collection "+id, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		if pb.Bucket(bCollections).Get([]byte(id)) == nil {
			return fmt.Errorf("collection %q: %w", id, ErrNotFound)
		}
		rb := pb.Bucket(bRequests)
		var moved []SavedRequest
		_ = rb.ForEach(func(_, v []byte) error {
			var r SavedRequest
			if json.Unmarshal(v, &r) == nil && r.Collection == id {
				moved = append(moved, r)
			}
			return nil
		})
		for _, r := range moved {
			r.Collection = ""
			if err := putJSON(rb, r.ID, r); err != nil {
				return err
			}
		}
		return pb.Bucket(bCollections).Delete([]byte(id))
	})
}

func (s *Store) eachJSON(what, project string, sub []byte, fn func(v []byte) error) error {
	return s.view(what, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		return pb.Bucket(sub).ForEach(func(k, v []byte) error {
			if v == nil {
				return nil // a nested bucket
			}
			if err := fn(v); err != nil {
				return fmt.Errorf("decode %s: %w", k, err)
			}
			return nil
		})
	})
}

func (s *Store) deleteIn(what, project string, sub []byte, id string) error {
	return s.update(what, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		b := pb.Bucket(sub)
		if b.Get([]byte(id)) == nil && b.Bucket([]byte(id)) == nil {
			return fmt.Errorf("%q: %w", id, ErrNotFound)
		}
		if b.Bucket([]byte(id)) != nil {
			return b.DeleteBucket([]byte(id))
		}
		return b.Delete([]byte(id))
	})
}

// ---- WebSocket session transcripts ----

// SocketSession is one WebSocket conversation the user had with a
// function from the app's console.
type SocketSession struct {
	ID        string    `json:"id"`
	Function  string    `json:"function"`
	Path      string    `json:"path"`
	Protocols []string  `json:"protocols,omitempty"`
	Opened    time.Time `json:"opened"`
	Closed    time.Time `json:"closed,omitzero"`
	Code      int       `json:"code,omitempty"`
	Reason    string    `json:"reason,omitempty"`
	Messages  uint64    `json:"messages"`
}

// SocketMessage is one frame of a transcript.
type SocketMessage struct {
	N         uint64    `json:"n"`
	Time      time.Time `json:"time"`
	Direction string    `json:"direction"` // "in" (to the function) or "out"
	Binary    bool      `json:"binary,omitempty"`
	Data      []byte    `json:"data"`
}

// MaxSocketMessage bounds one stored frame; longer frames are cut at it.
const MaxSocketMessage = 1 << 20

// OpenSocket starts a transcript and returns it with its ID.
func (s *Store) OpenSocket(project string, ss SocketSession) (SocketSession, error) {
	if ss.ID == "" {
		ss.ID = NewID()
	}
	if ss.Opened.IsZero() {
		ss.Opened = time.Now().UTC()
	}
	err := s.update("open socket transcript in "+project, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		b, err := pb.Bucket(bSockets).CreateBucket([]byte(ss.ID))
		if err != nil {
			return fmt.Errorf("transcript %s: %w", ss.ID, err)
		}
		if _, err := b.CreateBucket([]byte("msgs")); err != nil {
			return err
		}
		return putJSON(b, string(kInfo), ss)
	})
	return ss, err
}

func socketBucket(tx *bolt.Tx, project, id string) (*bolt.Bucket, error) {
	pb, err := projectBucket(tx, project)
	if err != nil {
		return nil, err
	}
	b := pb.Bucket(bSockets).Bucket([]byte(id))
	if b == nil {
		return nil, fmt.Errorf("socket transcript %q: %w", id, ErrNotFound)
	}
	return b, nil
}

// AppendSocket adds frames to a transcript (batch them: one transaction
// per call).
func (s *Store) AppendSocket(project, id string, msgs ...SocketMessage) error {
	return s.update("append to socket transcript "+id, func(tx *bolt.Tx) error {
		b, err := socketBucket(tx, project, id)
		if err != nil {
			return err
		}
		mb := b.Bucket([]byte("msgs"))
		for _, m := range msgs {
			n, err := mb.NextSequence()
			if err != nil {
				return err
			}
			m.N = n
			if m.Time.IsZero() {
				m.Time = time.Now().UTC()
			}
			if len(m.Data) > MaxSocketMessage {
				m.Data = m.Data[:MaxSocketMessage]
			}
			if err := putJSON(mb, string(u64(n)), m); err != nil {
				return err
			}
		}
		var ss SocketSession
		if _, err := getJSON(b, string(kInfo), &ss); err != nil {
			return err
		}
		ss.Messages = mb.Sequence()
		return putJSON(b, string(kInfo), ss)
	})
}

// CloseSocket records the close code and reason.
func (s *Store) CloseSocket(project, id string, code int, reason string) error {
	return s.update("close socket transcript "+id, func(tx *bolt.Tx) error {
		b, err := socketBucket(tx, project, id)
		if err != nil {
			return err
		}
		var ss SocketSession
		if _, err := getJSON(b, string(kInfo), &ss); err != nil {
			return err
		}
		ss.Closed, ss.Code, ss.Reason = time.Now().UTC(), code, reason
		return putJSON(b, string(kInfo), ss)
	})
}

// Sockets lists transcripts (oldest first).
func (s *Store) Sockets(project string) ([]SocketSession, error) {
	var out []SocketSession
	err := s.view("list socket transcripts of "+project, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		sb := pb.Bucket(bSockets)
		return sb.ForEachBucket(func(k []byte) error {
			var ss SocketSession
			_, err := getJSON(sb.Bucket(k), string(kInfo), &ss)
			out = append(out, ss)
			return err
		})
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Opened.Before(out[j].Opened) })
	return out, err
}

// SocketMessages returns up to limit frames after frame number after.
func (s *Store) SocketMessages(project, id string, after uint64, limit int) ([]SocketMessage, error) {
	if limit <= 0 || limit > MaxPage {
		limit = MaxPage
	}
	var out []SocketMessage
	err := s.view("read socket transcript "+id, func(tx *bolt.Tx) error {
		b, err := socketBucket(tx, project, id)
		if err != nil {
			return err
		}
		c := b.Bucket([]byte("msgs")).Cursor()
		for k, v := c.Seek(u64(after + 1)); k != nil && len(out) < limit; k, v = c.Next() {
			var m SocketMessage
			if err := json.Unmarshal(v, &m); err != nil {
				return fmt.Errorf("decode frame %d: %w", getU64(k), err)
			}
			out = append(out, m)
		}
		return nil
	})
	return out, err
}

// DeleteSocket removes a transcript.
func (s *Store) DeleteSocket(project, id string) error {
	return s.deleteIn("delete socket transcript "+id, project, bSockets, id)
}

// ---- module cache ----

// Module is a fetched https: module as the bundler caches it.
type Module struct {
	URL         string    `json:"url"`      // as imported
	FinalURL    string    `json:"finalUrl"` // after redirects
	ContentType string    `json:"contentType,omitempty"`
	Source      string    `json:"source"`
	Fetched     time.Time `json:"fetched"`
}

// PutModule caches a module by its imported URL.
func (s *Store) PutModule(m Module) error {
	if m.URL == "" {
		return fmt.Errorf("cache module: %w: empty URL", ErrInvalid)
	}
	if m.Fetched.IsZero() {
		m.Fetched = time.Now().UTC()
	}
	return s.update("cache module "+m.URL, func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bModules), m.URL, m)
	})
}

// GetModule returns a cached module.
func (s *Store) GetModule(url string) (Module, bool, error) {
	var m Module
	var ok bool
	err := s.view("read cached module "+url, func(tx *bolt.Tx) error {
		var err error
		ok, err = getJSON(tx.Bucket(bModules), url, &m)
		return err
	})
	return m, ok, err
}

// Modules lists cached module URLs.
func (s *Store) Modules() ([]string, error) {
	var out []string
	err := s.view("list cached modules", func(tx *bolt.Tx) error {
		return tx.Bucket(bModules).ForEach(func(k, _ []byte) error {
			out = append(out, string(k))
			return nil
		})
	})
	return out, err
}

// DeleteModule drops a module from the cache (the next build refetches).
func (s *Store) DeleteModule(url string) error {
	return s.update("drop cached module "+url, func(tx *bolt.Tx) error {
		return tx.Bucket(bModules).Delete([]byte(url))
	})
}
