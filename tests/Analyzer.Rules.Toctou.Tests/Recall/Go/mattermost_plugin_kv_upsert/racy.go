// https://github.com/mattermost/mattermost/pull/13753
// SqlPluginStore.SaveOrUpdate backs the plugin KV API (KVSet), called from many plugin
// goroutines and from every app server of an HA cluster. On Postgres it ran an UPDATE and,
// when no row was affected, INSERTed the key. Two writers of a new key both got zero rows
// from the UPDATE and both INSERTed; the loser failed with a duplicate key error on
// PluginKeyValueStore's primary key. Fix: one INSERT ... ON CONFLICT (pluginid, pkey)
// DO UPDATE statement (MySQL already used ON DUPLICATE KEY UPDATE).
package sqlstore

import "database/sql"

type PluginKeyValue struct {
	PluginId string
	Key      string
	Value    []byte
	ExpireAt int64
}

type SqlPluginStore struct {
	master *sql.DB
}

func (ps SqlPluginStore) Delete(pluginID, key string) error {
	_, err := ps.master.Exec(`DELETE FROM PluginKeyValueStore WHERE PluginId = $1 AND PKey = $2`, pluginID, key)
	return err
}

func (ps SqlPluginStore) SaveOrUpdate(kv *PluginKeyValue) (*PluginKeyValue, error) {
	if kv.Value == nil {
		// Setting a key to nil is the same as removing it.
		return kv, ps.Delete(kv.PluginId, kv.Key)
	}

	res, err := ps.master.Exec(
		`UPDATE PluginKeyValueStore SET PValue = $1, ExpireAt = $2 WHERE PluginId = $3 AND PKey = $4`,
		kv.Value, kv.ExpireAt, kv.PluginId, kv.Key)
	if err != nil {
		return nil, err
	}
	rows, err := res.RowsAffected()
	if err != nil {
		return nil, err
	}
	if rows == 0 {
		// No rows were affected by the update, so let's try an insert.
		if _, err := ps.master.Exec( // Noncompliant
			`INSERT INTO PluginKeyValueStore (PluginId, PKey, PValue, ExpireAt) VALUES ($1, $2, $3, $4)`,
			kv.PluginId, kv.Key, kv.Value, kv.ExpireAt); err != nil {
			return nil, err
		}
	}
	return kv, nil
}

// PluginAPI is handed to each plugin; plugins call KVSet from their own goroutines.
type PluginAPI struct {
	store    SqlPluginStore
	pluginID string
}

func (api *PluginAPI) KVSet(key string, value []byte) error {
	_, err := api.store.SaveOrUpdate(&PluginKeyValue{PluginId: api.pluginID, Key: key, Value: value})
	return err
}
