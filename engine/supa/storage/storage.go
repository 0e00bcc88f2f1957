// Package storage is Edgeplay's local stand-in for Supabase Storage: the
// API subset supabase-js's storage client calls, served on the gateway
// under /storage/v1, so `supabase.storage.from(bucket).upload(...)` in a
// function (or from any client) stores real files on this machine.
//
//	POST|GET /bucket, GET|PUT|DELETE /bucket/<id>, POST /bucket/<id>/empty
//	POST|PUT /object/<bucket>/<path>       upload / update (raw body or
//	                                       multipart form; x-upsert)
//	GET|HEAD /object/<bucket>/<path>       download (also /object/authenticated/…)
//	GET /object/public/<bucket>/<path>     public download (public buckets)
//	GET /object/info/<bucket>/<path>       object info
//	POST /object/list/<bucket>             list (prefix, limit, offset, sortBy, search)
//	POST /object/move, POST /object/copy   within a bucket
//	DELETE /object/<bucket>                remove {prefixes}
//	POST /object/sign/<bucket>/<path>      signed URL; GET /object/sign/…?token=
//
// Object bytes are streamed to disk (never held in memory) under
// Dir/objects, through os.Root: an object name with `..`, an absolute
// path, a backslash or a NUL byte is refused with 400 and can never reach
// outside its bucket. Bucket and object metadata live behind Meta
// (meta.go) rather than next to the bytes, so that the app can keep them
// in its bbolt store (transactional: a move is one commit, and they sit
// with the rest of the user's data in edgeplay.db) while this package
// never imports the store: `serve --data` and the app pass
// store/supastore's adapter through engine.Config.StorageMeta. Without one
// (Config.Meta nil), FileMeta keeps JSON files under Dir/buckets and
// Dir/meta, the layout existing data folders already have. A list asks
// Meta for the prefix's objects in name order and folds the next path
// segment into virtual folders. Errors use Storage's JSON shape
// {statusCode, error, message}, which storage-js turns into
// StorageApiError.
//
// Access: requests carry the anon or service_role key or a user JWT
// (verified with the engine's secret); without a valid token only public
// downloads and signed URLs work. There is no row-level security: any
// valid token may use any bucket (documented simplification).
package storage

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/supa"
)

// Bucket is a storage bucket.
type Bucket struct {
	ID               string    `json:"id"`
	Name             string    `json:"name"`
	Owner            string    `json:"owner"`
	Public           bool      `json:"public"`
	FileSizeLimit    *int64    `json:"file_size_limit"`
	AllowedMimeTypes []string  `json:"allowed_mime_types"`
	CreatedAt        time.Time `json:"created_at"`
	UpdatedAt        time.Time `json:"updated_at"`
}

// Object is an object's metadata.
type Object struct {
	ID           string         `json:"id"`
	Bucket       string         `json:"bucket_id"`
	Name         string         `json:"name"`
	Size         int64          `json:"size"`
	ContentType  string         `json:"mimetype"`
	CacheControl string         `json:"cacheControl"`
	ETag         string         `json:"eTag"`
	UserMetadata map[string]any `json:"user_metadata,omitempty"`
	CreatedAt    time.Time      `json:"created_at"`
	UpdatedAt    time.Time      `json:"updated_at"`
}

// Config configures the service.
type Config struct {
	Dir    string // data folder
	Secret []byte // JWT secret (default: the Supabase CLI's local one)
	Now    func() time.Time
	// BaseURL is the gateway's URL (for signed URLs' full form).
	BaseURL string
	// Meta keeps bucket and object metadata (nil: FileMeta under Dir).
	Meta Meta
}

// Service is the HTTP handler for /storage/v1.
type Service struct {
	cfg     Config
	objects *os.Root
	meta    Meta
	mu      sync.Mutex // serialises bucket changes per process
	// copy buffers for uploads, reused: a zip's thousands of small
	// entries arrive at once, and a buffer per upload in flight was most
	// of the heap (256 KB each, a thousand uploads at a time)
	bufs sync.Pool
}

// New opens (creating) the service's folders.
func New(cfg Config) (*Service, error) {
	if cfg.Secret == nil {
		cfg.Secret = []byte(jwt.LocalSecret)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	s := &Service{cfg: cfg, meta: cfg.Meta}
	if s.meta == nil {
		fm, err := NewFileMeta(cfg.Dir)
		if err != nil {
			return nil, fmt.Errorf("storage: %w", err)
		}
		s.meta = fm
	}
	dir := filepath.Join(cfg.Dir, "objects")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	s.objects = r
	return s, nil
}

// apiError is Storage's error body.
type apiError struct {
	status int
	code   string
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func fail(status int, code, format string, args ...any) *apiError {
	return &apiError{status, code, fmt.Sprintf(format, args...)}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, err error) {
	var ae *apiError
	if !errors.As(err, &ae) {
		ae = &apiError{http.StatusInternalServerError, "internal", err.Error()}
	}
	writeJSON(w, ae.status, map[string]string{"statusCode": strconv.Itoa(ae.status), "error": ae.code, "message": ae.msg})
}

func (s *Service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := strings.TrimPrefix(r.URL.Path, "/storage/v1")
	var err error
	switch {
	case strings.HasPrefix(p, "/object/public/") && (r.Method == http.MethodGet || r.Method == http.MethodHead):
		err = s.download(w, r, strings.TrimPrefix(p, "/object/public/"), true)
	case strings.HasPrefix(p, "/object/sign/") && r.Method == http.MethodGet:
		err = s.signedDownload(w, r, strings.TrimPrefix(p, "/object/sign/"))
	default:
		if _, aerr := s.authorize(r); aerr != nil {
			err = aerr
			break
		}
		err = s.route(w, r, p)
	}
	if err != nil {
		writeError(w, err)
	}
}

// authorize checks the request's token (Authorization or apikey).
func (s *Service) authorize(r *http.Request) (jwt.Claims, error) {
	token := r.Header.Get("apikey")
	if auth := r.Header.Get("Authorization"); auth != "" {
		if scheme, t, ok := strings.Cut(auth, " "); ok && strings.EqualFold(scheme, "Bearer") {
			token = strings.TrimSpace(t)
		}
	}
	if token == "" {
		return nil, fail(http.StatusBadRequest, "Error", "headers must have required property 'authorization'")
	}
	claims, err := jwt.Verify(token, s.cfg.Secret, s.cfg.Now())
	if err != nil {
		return nil, fail(http.StatusBadRequest, "InvalidJWT", "%v", err)
	}
	return claims, nil
}

func (s *Service) route(w http.ResponseWriter, r *http.Request, p string) error {
	switch {
	case p == "/bucket" && r.Method == http.MethodGet:
		return s.listBuckets(w)
	case p == "/bucket" && r.Method == http.MethodPost:
		return s.createBucket(w, r)
	case strings.HasPrefix(p, "/bucket/"):
		id := strings.TrimPrefix(p, "/bucket/")
		if name, ok := strings.CutSuffix(id, "/empty"); ok && r.Method == http.MethodPost {
			return s.emptyBucket(w, name)
		}
		switch r.Method {
		case http.MethodGet:
			b, err := s.bucket(id)
			if err != nil {
				return err
			}
			writeJSON(w, http.StatusOK, b)
			return nil
		case http.MethodPut:
			return s.updateBucket(w, r, id)
		case http.MethodDelete:
			return s.deleteBucket(w, id)
		}
	case p == "/object/move" && r.Method == http.MethodPost:
		return s.moveOrCopy(w, r, false)
	case p == "/object/copy" && r.Method == http.MethodPost:
		return s.moveOrCopy(w, r, true)
	case strings.HasPrefix(p, "/object/list/") && r.Method == http.MethodPost:
		return s.list(w, r, strings.TrimPrefix(p, "/object/list/"))
	case strings.HasPrefix(p, "/object/info/") && r.Method == http.MethodGet:
		return s.info(w, strings.TrimPrefix(p, "/object/info/"))
	case strings.HasPrefix(p, "/object/sign/") && r.Method == http.MethodPost:
		return s.sign(w, r, strings.TrimPrefix(p, "/object/sign/"))
	case strings.HasPrefix(p, "/object/authenticated/") && (r.Method == http.MethodGet || r.Method == http.MethodHead):
		return s.download(w, r, strings.TrimPrefix(p, "/object/authenticated/"), false)
	case strings.HasPrefix(p, "/object/"):
		rest := strings.TrimPrefix(p, "/object/")
		switch r.Method {
		case http.MethodPost, http.MethodPut:
			return s.upload(w, r, rest)
		case http.MethodGet, http.MethodHead:
			return s.download(w, r, rest, false)
		case http.MethodDelete:
			return s.remove(w, r, rest)
		}
	}
	return fail(http.StatusNotFound, "not_found", "%s %s is not a Storage endpoint Edgeplay serves", r.Method, r.URL.Path)
}

// --- names ---

var errBadName = errors.New("invalid name")

// cleanKey validates an object name: slash-separated segments, none empty,
// "." or "..", no backslash or NUL, at most 1024 bytes.
func cleanKey(name string) (string, error) {
	if name == "" || len(name) > 1024 || strings.ContainsAny(name, "\x00\\") || strings.HasPrefix(name, "/") {
		return "", fail(http.StatusBadRequest, "InvalidKey", "Invalid key: %q", name)
	}
	for _, seg := range strings.Split(name, "/") {
		if seg == "" || seg == "." || seg == ".." || strings.HasPrefix(seg, ".meta") {
			return "", fail(http.StatusBadRequest, "InvalidKey", "Invalid key: %q", name)
		}
	}
	return name, nil
}

func cleanBucket(id string) (string, error) {
	if id == "" || len(id) > 100 || strings.ContainsAny(id, "/\\\x00") || id == "." || id == ".." {
		return "", fail(http.StatusBadRequest, "InvalidBucketName", "Invalid bucket name: %q", id)
	}
	return id, nil
}

// splitPath splits "<bucket>/<key>".
func splitPath(p string) (bucket, key string, err error) {
	b, k, _ := strings.Cut(p, "/")
	if bucket, err = cleanBucket(b); err != nil {
		return "", "", err
	}
	if key, err = cleanKey(k); err != nil {
		return "", "", err
	}
	return bucket, key, nil
}

// --- buckets ---

func (s *Service) bucket(id string) (*Bucket, error) {
	id, err := cleanBucket(id)
	if err != nil {
		return nil, err
	}
	b, err := s.meta.Bucket(id)
	if errors.Is(err, ErrNotFound) {
		return nil, fail(http.StatusNotFound, "Bucket not found", "Bucket not found")
	}
	if err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	return b, nil
}

func (s *Service) saveBucket(b *Bucket) error {
	if err := s.meta.PutBucket(b); err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	return nil
}

func (s *Service) listBuckets(w http.ResponseWriter) error {
	out, err := s.meta.Buckets()
	if err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	if out == nil {
		out = []*Bucket{}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Service) createBucket(w http.ResponseWriter, r *http.Request) error {
	var body struct {
		ID               string   `json:"id"`
		Name             string   `json:"name"`
		Public           bool     `json:"public"`
		FileSizeLimit    any      `json:"file_size_limit"`
		AllowedMimeTypes []string `json:"allowed_mime_types"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&body); err != nil {
		return fail(http.StatusBadRequest, "InvalidRequest", "body is not JSON: %v", err)
	}
	if body.ID == "" {
		body.ID = body.Name
	}
	id, err := cleanBucket(body.ID)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.bucket(id); err == nil {
		return fail(http.StatusConflict, "Duplicate", "The resource already exists")
	}
	now := s.cfg.Now().UTC()
	b := &Bucket{ID: id, Name: id, Public: body.Public, AllowedMimeTypes: body.AllowedMimeTypes, CreatedAt: now, UpdatedAt: now}
	b.FileSizeLimit = sizeLimit(body.FileSizeLimit)
	if err := s.saveBucket(b); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]string{"name": id})
	return nil
}

// sizeLimit reads file_size_limit as a number of bytes or "10MB"-style text.
func sizeLimit(v any) *int64 {
	var n int64
	switch x := v.(type) {
	case float64:
		n = int64(x)
	case string:
		units := map[string]int64{"GB": 1 << 30, "MB": 1 << 20, "KB": 1 << 10, "B": 1}
		for _, u := range []string{"GB", "MB", "KB", "B"} {
			if num, ok := strings.CutSuffix(strings.ToUpper(strings.TrimSpace(x)), u); ok {
				f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
				if err == nil {
					n = int64(f * float64(units[u]))
				}
				break
			}
		}
	}
	if n <= 0 {
		return nil
	}
	return &n
}

func (s *Service) updateBucket(w http.ResponseWriter, r *http.Request, id string) error {
	var body map[string]any
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&body); err != nil {
		return fail(http.StatusBadRequest, "InvalidRequest", "body is not JSON: %v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := s.bucket(id)
	if err != nil {
		return err
	}
	if v, ok := body["public"].(bool); ok {
		b.Public = v
	}
	if v, ok := body["file_size_limit"]; ok {
		b.FileSizeLimit = sizeLimit(v)
	}
	if v, ok := body["allowed_mime_types"].([]any); ok {
		b.AllowedMimeTypes = nil
		for _, m := range v {
			if s, ok := m.(string); ok {
				b.AllowedMimeTypes = append(b.AllowedMimeTypes, s)
			}
		}
	}
	b.UpdatedAt = s.cfg.Now().UTC()
	if err := s.saveBucket(b); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]string{"message": "Successfully updated"})
	return nil
}

func (s *Service) emptyBucket(w http.ResponseWriter, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.bucket(id); err != nil {
		return err
	}
	// metadata first: an object is visible exactly while its metadata is
	if err := s.meta.EmptyBucket(id); err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	if err := s.objects.RemoveAll(id); err != nil {
		return fmt.Errorf("storage: empty bucket %s: %w", id, err)
	}
	writeJSON(w, http.StatusOK, map[string]string{"message": "Successfully emptied"})
	return nil
}

func (s *Service) deleteBucket(w http.ResponseWriter, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.bucket(id); err != nil {
		return err
	}
	err := s.meta.Objects(id, "", func(*Object) error { return errStop })
	if errors.Is(err, errStop) {
		return fail(http.StatusConflict, "InvalidRequest", "The bucket you tried to delete is not empty")
	}
	if err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	_ = s.objects.RemoveAll(id)
	if err := s.meta.DeleteBucket(id); err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	writeJSON(w, http.StatusOK, map[string]string{"message": "Successfully deleted"})
	return nil
}

// errStop ends a Meta.Objects walk early.
var errStop = errors.New("stop")

// --- objects ---

func (s *Service) object(bucket, key string) (*Object, error) {
	o, err := s.meta.Object(bucket, key)
	if errors.Is(err, ErrNotFound) {
		return nil, fail(http.StatusNotFound, "not_found", "Object not found")
	}
	if err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	return o, nil
}

func (s *Service) upload(w http.ResponseWriter, r *http.Request, p string) error {
	bucket, key, err := splitPath(p)
	if err != nil {
		return err
	}
	b, err := s.bucket(bucket)
	if err != nil {
		return err
	}
	upsert := r.Method == http.MethodPut || r.Header.Get("x-upsert") == "true"
	existing, _ := s.object(bucket, key)
	if existing != nil && !upsert {
		return fail(http.StatusConflict, "Duplicate", "The resource already exists")
	}
	if existing == nil && r.Method == http.MethodPut {
		return fail(http.StatusNotFound, "not_found", "Object not found")
	}
	body, contentType, cacheControl, userMeta, err := uploadBody(r)
	if err != nil {
		return err
	}
	if len(b.AllowedMimeTypes) > 0 && !mimeAllowed(contentType, b.AllowedMimeTypes) {
		return fail(http.StatusBadRequest, "invalid_mime_type", "mime type %s is not supported", contentType)
	}
	limit := int64(-1)
	if b.FileSizeLimit != nil {
		limit = *b.FileSizeLimit
	}
	size, etag, err := s.store(bucket, key, body, limit)
	if err != nil {
		return err
	}
	now := s.cfg.Now().UTC()
	o := &Object{ID: supa.NewUUID(), Bucket: bucket, Name: key, Size: size, ContentType: contentType,
		CacheControl: cacheControl, ETag: etag, UserMetadata: userMeta, CreatedAt: now, UpdatedAt: now}
	if existing != nil {
		o.ID, o.CreatedAt = existing.ID, existing.CreatedAt
	}
	if err := s.meta.PutObject(o); err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	writeJSON(w, http.StatusOK, map[string]string{"Id": o.ID, "Key": bucket + "/" + key})
	return nil
}

// uploadBody returns the file's bytes whether sent raw or as the
// multipart form supabase-js builds for Blob bodies.
func uploadBody(r *http.Request) (io.Reader, string, string, map[string]any, error) {
	ct := r.Header.Get("Content-Type")
	cacheControl := strings.TrimPrefix(r.Header.Get("Cache-Control"), "max-age=")
	if cacheControl == "" {
		cacheControl = "3600"
	}
	var userMeta map[string]any
	mediaType, params, _ := mime.ParseMediaType(ct)
	if mediaType != "multipart/form-data" {
		if ct == "" {
			ct = "application/octet-stream"
		}
		return r.Body, ct, cacheControl, userMeta, nil
	}
	mr := multipart.NewReader(r.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return nil, "", "", nil, fail(http.StatusBadRequest, "InvalidRequest", "the multipart upload has no file part")
		}
		if err != nil {
			return nil, "", "", nil, fail(http.StatusBadRequest, "InvalidRequest", "bad multipart upload: %v", err)
		}
		switch part.FormName() {
		case "cacheControl":
			b, _ := io.ReadAll(io.LimitReader(part, 256))
			cacheControl = string(b)
			continue
		case "metadata":
			b, _ := io.ReadAll(io.LimitReader(part, 64<<10))
			_ = json.Unmarshal(b, &userMeta)
			continue
		}
		// the file part (supabase-js names it "")
		fct := part.Header.Get("Content-Type")
		if fct == "" {
			fct = "application/octet-stream"
		}
		return part, fct, cacheControl, userMeta, nil
	}
}

func mimeAllowed(ct string, allowed []string) bool {
	base, _, _ := mime.ParseMediaType(ct)
	for _, a := range allowed {
		if a == base || (strings.HasSuffix(a, "/*") && strings.HasPrefix(base, strings.TrimSuffix(a, "*"))) {
			return true
		}
	}
	return false
}

// uploadBuffer is the copy buffer of one upload: small, as a thousand
// uploads may be in flight (a large object just takes more reads).
const uploadBuffer = 32 << 10

// store streams body to the object's file (temp file, then rename).
func (s *Service) store(bucket, key string, body io.Reader, limit int64) (int64, string, error) {
	dir := bucket + "/" + path.Dir(key)
	if err := s.objects.MkdirAll(path.Clean(dir), 0o755); err != nil {
		return 0, "", fmt.Errorf("storage: %w", err)
	}
	tmpName := path.Clean(dir) + "/.upload-" + supa.NewUUID()
	f, err := s.objects.OpenFile(tmpName, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return 0, "", fmt.Errorf("storage: %w", err)
	}
	h := md5.New()
	src := body
	if limit >= 0 {
		src = io.LimitReader(body, limit+1)
	}
	buf, _ := s.bufs.Get().(*[]byte)
	if buf == nil {
		b := make([]byte, uploadBuffer)
		buf = &b
	}
	n, err := io.CopyBuffer(io.MultiWriter(f, h), src, *buf)
	s.bufs.Put(buf)
	cerr := f.Close()
	if err == nil {
		err = cerr
	}
	if err == nil && limit >= 0 && n > limit {
		err = fail(http.StatusRequestEntityTooLarge, "EntityTooLarge", "The object exceeded the maximum allowed size")
	}
	if err != nil {
		_ = s.objects.Remove(tmpName)
		var ae *apiError
		if errors.As(err, &ae) {
			return 0, "", err
		}
		return 0, "", fail(http.StatusBadRequest, "InvalidRequest", "upload interrupted: %v", err)
	}
	if err := s.objects.Rename(tmpName, bucket+"/"+key); err != nil {
		_ = s.objects.Remove(tmpName)
		return 0, "", fmt.Errorf("storage: %w", err)
	}
	return n, `"` + hex.EncodeToString(h.Sum(nil)) + `"`, nil
}

func (s *Service) download(w http.ResponseWriter, r *http.Request, p string, public bool) error {
	bucket, key, err := splitPath(p)
	if err != nil {
		return err
	}
	b, err := s.bucket(bucket)
	if err != nil {
		return err
	}
	if public && !b.Public {
		return fail(http.StatusBadRequest, "not_found", "Bucket %s is not public", bucket)
	}
	return s.serveObject(w, r, bucket, key)
}

func (s *Service) serveObject(w http.ResponseWriter, r *http.Request, bucket, key string) error {
	o, err := s.object(bucket, key)
	if err != nil {
		return err
	}
	f, err := s.objects.Open(bucket + "/" + key)
	if err != nil {
		return fail(http.StatusNotFound, "not_found", "Object not found")
	}
	defer f.Close()
	w.Header().Set("Content-Type", o.ContentType)
	w.Header().Set("Cache-Control", "max-age="+o.CacheControl)
	w.Header().Set("ETag", o.ETag)
	if r.URL.Query().Has("download") {
		name := r.URL.Query().Get("download")
		if name == "" {
			name = path.Base(key)
		}
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	}
	http.ServeContent(w, r, path.Base(key), o.UpdatedAt, f)
	return nil
}

func (s *Service) info(w http.ResponseWriter, p string) error {
	bucket, key, err := splitPath(p)
	if err != nil {
		return err
	}
	o, err := s.object(bucket, key)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"id": o.ID, "name": o.Name, "bucket_id": o.Bucket, "size": o.Size, "content_type": o.ContentType,
		"cache_control": o.CacheControl, "etag": o.ETag, "metadata": o.UserMetadata,
		"created_at": o.CreatedAt, "updated_at": o.UpdatedAt, "last_modified": o.UpdatedAt,
	})
	return nil
}

// listItem is one row of a list response (files and folders).
type listItem struct {
	Name           string         `json:"name"`
	ID             *string        `json:"id"`
	UpdatedAt      *time.Time     `json:"updated_at"`
	CreatedAt      *time.Time     `json:"created_at"`
	LastAccessedAt *time.Time     `json:"last_accessed_at"`
	Metadata       map[string]any `json:"metadata"`
}

func (s *Service) list(w http.ResponseWriter, r *http.Request, bucket string) error {
	bucket, err := cleanBucket(bucket)
	if err != nil {
		return err
	}
	if _, err := s.bucket(bucket); err != nil {
		return err
	}
	var body struct {
		Prefix string `json:"prefix"`
		Limit  int    `json:"limit"`
		Offset int    `json:"offset"`
		Search string `json:"search"`
		SortBy struct {
			Column string `json:"column"`
			Order  string `json:"order"`
		} `json:"sortBy"`
	}
	_ = json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&body)
	if body.Limit <= 0 {
		body.Limit = 100
	}
	prefix := strings.Trim(body.Prefix, "/")
	if prefix != "" {
		if _, err := cleanKey(prefix); err != nil {
			return err
		}
		prefix += "/"
	}
	// One level of the tree: objects directly under prefix, and a folder
	// for each next segment that has objects below it (folders are
	// virtual: one whose objects all went is not listed).
	var items []listItem
	folders := map[string]bool{}
	err = s.meta.Objects(bucket, prefix, func(o *Object) error {
		name := strings.TrimPrefix(o.Name, prefix)
		if folder, _, ok := strings.Cut(name, "/"); ok {
			if !folders[folder] && (body.Search == "" || strings.Contains(folder, body.Search)) {
				items = append(items, listItem{Name: folder})
			}
			folders[folder] = true
			return nil
		}
		if body.Search != "" && !strings.Contains(name, body.Search) {
			return nil
		}
		id := o.ID
		items = append(items, listItem{Name: name, ID: &id, UpdatedAt: &o.UpdatedAt, CreatedAt: &o.CreatedAt, LastAccessedAt: &o.UpdatedAt,
			Metadata: map[string]any{"size": o.Size, "mimetype": o.ContentType, "cacheControl": "max-age=" + o.CacheControl,
				"eTag": o.ETag, "lastModified": o.UpdatedAt, "contentLength": o.Size, "httpStatusCode": 200}})
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	desc := strings.EqualFold(body.SortBy.Order, "desc")
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		less := a.Name < b.Name
		switch body.SortBy.Column {
		case "created_at", "updated_at", "last_accessed_at":
			if a.UpdatedAt != nil && b.UpdatedAt != nil && !a.UpdatedAt.Equal(*b.UpdatedAt) {
				less = a.UpdatedAt.Before(*b.UpdatedAt)
			}
		}
		if desc {
			return !less
		}
		return less
	})
	if body.Offset >= len(items) {
		items = nil
	} else {
		items = items[body.Offset:]
	}
	if len(items) > body.Limit {
		items = items[:body.Limit]
	}
	if items == nil {
		items = []listItem{}
	}
	writeJSON(w, http.StatusOK, items)
	return nil
}

func (s *Service) moveOrCopy(w http.ResponseWriter, r *http.Request, copyIt bool) error {
	var body struct {
		BucketID          string `json:"bucketId"`
		SourceKey         string `json:"sourceKey"`
		DestinationKey    string `json:"destinationKey"`
		DestinationBucket string `json:"destinationBucket"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&body); err != nil {
		return fail(http.StatusBadRequest, "InvalidRequest", "body is not JSON: %v", err)
	}
	if body.DestinationBucket == "" {
		body.DestinationBucket = body.BucketID
	}
	if _, err := cleanBucket(body.BucketID); err != nil {
		return err
	}
	src, err := cleanKey(body.SourceKey)
	if err != nil {
		return err
	}
	dst, err := cleanKey(body.DestinationKey)
	if err != nil {
		return err
	}
	if _, err := s.bucket(body.DestinationBucket); err != nil {
		return err
	}
	o, err := s.object(body.BucketID, src)
	if err != nil {
		return err
	}
	f, err := s.objects.Open(body.BucketID + "/" + src)
	if err != nil {
		return fail(http.StatusNotFound, "not_found", "Object not found")
	}
	size, etag, err := s.store(body.DestinationBucket, dst, f, -1)
	f.Close()
	if err != nil {
		return err
	}
	now := s.cfg.Now().UTC()
	n := *o
	n.Bucket, n.Name, n.Size, n.ETag, n.UpdatedAt = body.DestinationBucket, dst, size, etag, now
	if copyIt {
		n.ID, n.CreatedAt = supa.NewUUID(), now
		if err := s.meta.PutObject(&n); err != nil {
			return fmt.Errorf("storage: %w", err)
		}
		writeJSON(w, http.StatusOK, map[string]string{"Id": n.ID, "Key": n.Bucket + "/" + dst})
		return nil
	}
	if err := s.meta.MoveObject(body.BucketID, src, &n); err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	if body.BucketID != n.Bucket || src != dst { // moving onto itself keeps the file
		_ = s.objects.Remove(body.BucketID + "/" + src)
	}
	writeJSON(w, http.StatusOK, map[string]string{"message": "Successfully moved"})
	return nil
}

func (s *Service) remove(w http.ResponseWriter, r *http.Request, bucket string) error {
	bucket, err := cleanBucket(strings.TrimSuffix(bucket, "/"))
	if err != nil {
		return err
	}
	var body struct {
		Prefixes []string `json:"prefixes"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 4<<20)).Decode(&body); err != nil {
		return fail(http.StatusBadRequest, "InvalidRequest", "body is not JSON: %v", err)
	}
	removed := []*Object{}
	for _, p := range body.Prefixes {
		key, err := cleanKey(p)
		if err != nil {
			continue
		}
		o, err := s.object(bucket, key)
		if err != nil {
			continue
		}
		if err := s.meta.DeleteObject(bucket, key); err != nil {
			return fmt.Errorf("storage: %w", err)
		}
		_ = s.objects.Remove(bucket + "/" + key)
		removed = append(removed, o)
	}
	writeJSON(w, http.StatusOK, removed)
	return nil
}

// --- signed URLs ---

func (s *Service) sign(w http.ResponseWriter, r *http.Request, p string) error {
	bucket, key, err := splitPath(p)
	if err != nil {
		return err
	}
	if _, err := s.object(bucket, key); err != nil {
		return err
	}
	var body struct {
		ExpiresIn int64 `json:"expiresIn"`
	}
	_ = json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&body)
	if body.ExpiresIn <= 0 {
		return fail(http.StatusBadRequest, "InvalidRequest", "expiresIn must be a positive number of seconds")
	}
	now := s.cfg.Now()
	token, err := jwt.Sign(jwt.Claims{"url": bucket + "/" + key, "iat": now.Unix(), "exp": now.Unix() + body.ExpiresIn}, s.cfg.Secret)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]string{"signedURL": "/object/sign/" + bucket + "/" + key + "?token=" + token})
	return nil
}

func (s *Service) signedDownload(w http.ResponseWriter, r *http.Request, p string) error {
	bucket, key, err := splitPath(p)
	if err != nil {
		return err
	}
	claims, err := jwt.Verify(r.URL.Query().Get("token"), s.cfg.Secret, s.cfg.Now())
	if err != nil {
		return fail(http.StatusBadRequest, "InvalidJWT", "%v", err)
	}
	if claims["url"] != bucket+"/"+key {
		return fail(http.StatusBadRequest, "InvalidSignature", "the signature does not match this object")
	}
	return s.serveObject(w, r, bucket, key)
}
