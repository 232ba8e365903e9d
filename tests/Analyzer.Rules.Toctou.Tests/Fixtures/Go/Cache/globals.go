package cache

import (
	"context"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// A package-level client, as go-redis's own examples make it: every caller shares it.
var rdb = goredis.NewClient(&goredis.Options{Addr: "localhost:6379"})

var sessions *goredis.Client

func Reserve(ctx context.Context, name, owner string) (bool, error) {
	n, err := rdb.Exists(ctx, name).Result()
	if err != nil || n > 0 {
		return false, err
	}
	return true, rdb.Set(ctx, name, owner, time.Hour).Err() // Noncompliant [TOCTOU005] {{EXISTS reads key name at line 16 and sets it at line 20 when it was missing; another client can set it in between}}
}

func ReserveAtomically(ctx context.Context, name, owner string) (bool, error) {
	return rdb.SetNX(ctx, name, owner, time.Hour).Result()
}

func Open(ctx context.Context, id, user string) error {
	if sessions.Exists(ctx, id).Val() == 0 {
		return sessions.Set(ctx, id, user, time.Hour).Err() // Noncompliant [TOCTOU005] {{EXISTS reads key id at line 28 and sets it at line 29 when it was missing; another client can set it in between}}
	}
	return nil
}

// A package-level value made by another package's constructor is no Redis client.
var names = newNames()

type nameSet struct{ seen map[string]bool }

func newNames() *nameSet { return &nameSet{seen: map[string]bool{}} }

func (s *nameSet) Exists(ctx context.Context, key string) bool { return s.seen[key] }

func (s *nameSet) Set(ctx context.Context, key string) { s.seen[key] = true }

// A type that reaches its client through a getter.
type Desk struct{ rdb *goredis.Client }

func (d *Desk) client() *goredis.Client { return d.rdb }

func (d *Desk) Claim(ctx context.Context, ticket, agent string) (bool, error) {
	c := d.client()
	if c.Exists(ctx, ticket).Val() > 0 {
		return false, nil
	}
	return true, c.Set(ctx, ticket, agent, 0).Err() // Noncompliant [TOCTOU005] {{EXISTS reads key ticket at line 52 and sets it at line 55 when it was missing; another client can set it in between}}
}
