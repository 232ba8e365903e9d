import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import net.spy.memcached.MemcachedClient;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.SetParams;

class Tokens {
    private final Jedis jedis;
    private final MemcachedClient memcached;
    private final Cache<String, String> local;

    Tokens(Jedis jedis, MemcachedClient memcached, Cache<String, String> local) {
        this.jedis = jedis;
        this.memcached = memcached;
        this.local = local;
    }

    // Two clients can both find the token missing and both set it: each believes it claimed it.
    boolean claim(String token, String owner) {
        if (jedis.get(token) != null) { // Secondary [check]
            return false;
        }
        jedis.set(token, owner); // Noncompliant [TOCTOU005] {{jedis.get reads key token at line 20 and sets it at line 23 when it was missing; another client can set it in between}}
        return true;
    }

    // SETNX sets only when the key is absent, in one command.
    boolean claimWithSetnx(String token, String owner) {
        return jedis.setnx(token, owner) == 1;
    }

    // SET with the NX option does the same.
    boolean claimWithOption(String token, String owner) {
        return "OK".equals(jedis.set(token, owner, SetParams.setParams().nx().ex(60)));
    }

    // An existence check deciding a set, through memcached.
    boolean reserve(String slot, String owner) {
        if (memcached.get(slot) == null) { // Secondary [check]
            memcached.set(slot, 60, owner); // Noncompliant [TOCTOU005] {{memcached.get reads key slot at line 39 and sets it at line 40 when it was missing; another client can set it in between}}
            return true;
        }
        return false;
    }

    // memcached's add stores only when the key is absent.
    boolean reserveWithAdd(String slot, String owner) throws Exception {
        return memcached.add(slot, 60, owner).get(1, TimeUnit.SECONDS);
    }

    // A JCache lookup deciding a put.
    String remember(String key) {
        if (!local.containsKey(key)) { // Secondary [check]
            local.put(key, load(key)); // Noncompliant [TOCTOU005] {{local.containsKey reads key key at line 53 and sets it at line 54 when it was missing; another client can set it in between}}
        }
        return local.get(key);
    }

    // putIfAbsent checks and stores in one step.
    String rememberOnce(String key) {
        local.putIfAbsent(key, load(key));
        return local.get(key);
    }

    // A read that decides nothing about the key it reads.
    String describe(String token) {
        String owner = jedis.get(token);
        jedis.set("last-described", token);
        return owner;
    }

    private String load(String key) {
        return key;
    }
}
