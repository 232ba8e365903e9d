package cache

import (
	"context"

	goredis "github.com/redis/go-redis/v9"
)

// A count compared with a limit, then raised: two clients can both read 9 and both pass a limit of 10. The client is
// a parameter here, and one the function makes.
func Allow(ctx context.Context, rdb *goredis.Client, key string) bool {
	n, _ := rdb.Get(ctx, key).Int() // Secondary [check]
	if n >= 10 {
		return false
	}
	rdb.Incr(ctx, key) // Noncompliant [TOCTOU005] {{GET reads key key at line 12 and sets it at line 16 depending on the value it read; another client can set it in between}}
	return true
}

func AllowOnce(ctx context.Context, addr, key string) bool {
	rdb := goredis.NewClient(&goredis.Options{Addr: addr})
	if rdb.Exists(ctx, key).Val() > 0 { // Secondary [check]
		return false
	}
	rdb.Set(ctx, key, 1, 0) // Noncompliant [TOCTOU005] {{EXISTS reads key key at line 22 and sets it at line 25 when it was missing; another client can set it in between}}
	return true
}

// Raising the count whether or not the key was there counts every caller: nothing is lost.
func Count(ctx context.Context, rdb *goredis.Client, key string) {
	if rdb.Exists(ctx, key).Val() == 0 {
		rdb.Incr(ctx, key)
		return
	}
	rdb.IncrBy(ctx, key, 2)
}

// Raising first and judging the count it returns is the fix.
func AllowAtomically(ctx context.Context, rdb *goredis.Client, key string) bool {
	return rdb.Incr(ctx, key).Val() <= 10
}

// The count read, raised and stored back with no test between: two clients can both read 5 and both store 6. Incr
// raises it in one step.
func Visit(ctx context.Context, rdb *goredis.Client, page string) {
	n, _ := rdb.Get(ctx, page).Int() // Secondary [check]
	rdb.Set(ctx, page, n+1, 0) // Noncompliant [TOCTOU005] {{GET reads key page at line 46 and sets it at line 47 to a value made from what it read; another client can set it in between}}
}

func VisitAtOnce(ctx context.Context, rdb *goredis.Client, page string) {
	rdb.Incr(ctx, page)
}
