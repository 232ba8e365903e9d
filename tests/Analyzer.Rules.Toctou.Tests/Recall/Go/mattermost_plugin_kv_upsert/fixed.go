// https://github.com/mattermost/mattermost/pull/13753
// Fixed version: the existence test and the write are one statement,
// INSERT ... ON CONFLICT (pluginid, pkey) DO UPDATE, so the database decides atomically
// whether the key is new.
package sqlstore

import "database/sql"

type pluginKV struct {
	PluginID string
	Key      string
	Value    []byte
	ExpireAt int64
}

type pluginStoreSQL struct {
	db *sql.DB
}

func (s pluginStoreSQL) remove(pluginID, key string) error {
	_, err := s.db.Exec(`DELETE FROM PluginKeyValueStore WHERE PluginId = $1 AND PKey = $2`, pluginID, key)
	return err
}

func (s pluginStoreSQL) Upsert(kv *pluginKV) (*pluginKV, error) {
	if kv.Value == nil {
		return kv, s.remove(kv.PluginID, kv.Key)
	}
	if _, err := s.db.Exec(
		`INSERT INTO PluginKeyValueStore (PluginId, PKey, PValue, ExpireAt) VALUES ($1, $2, $3, $4)
		 ON CONFLICT (pluginid, pkey) DO UPDATE SET PValue = $3, ExpireAt = $4`,
		kv.PluginID, kv.Key, kv.Value, kv.ExpireAt); err != nil {
		return nil, err
	}
	return kv, nil
}

type pluginKVAPI struct {
	store    pluginStoreSQL
	pluginID string
}

func (api *pluginKVAPI) Set(key string, value []byte) error {
	_, err := api.store.Upsert(&pluginKV{PluginID: api.pluginID, Key: key, Value: value})
	return err
}
