// https://github.com/Jamf-Concepts/terraform-provider-jsctfprovider/pull/111
// Fixed version: hostnameMappingMu is held from the GET of the collection, through the duplicate
// check and the append, to the PUT, so parallel Create calls of this provider cannot interleave.
package hostnamemapping

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
)

const hostnameMappingsEndpoint = "https://radar.wandera.com/gate/dns-zone-management-service/v1/custom-hostname-mappings"

// Mutex to serialize read-modify-write operations on hostname mappings.
var hostnameMappingMu sync.Mutex

type hostMapping struct {
	Hostname  string   `json:"hostname"`
	SecureDNS bool     `json:"secureDns"`
	ZTNA      bool     `json:"ztna"`
	A         []string `json:"a"`
	AAAA      []string `json:"aaaa"`
}

type hostMappings struct {
	Mapping []hostMapping `json:"mappings"`
}

type resourceState struct {
	attrs map[string]interface{}
	id    string
}

func (d *resourceState) Get(key string) interface{} { return d.attrs[key] }
func (d *resourceState) SetId(id string)            { d.id = id }

var doAuthenticated = http.DefaultClient.Do

func fetchHostMappings() (*hostMappings, error) {
	req, err := http.NewRequest("GET", hostnameMappingsEndpoint, nil)
	if err != nil {
		return nil, err
	}
	resp, err := doAuthenticated(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("failed to read mappings: %s", resp.Status)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var response hostMappings
	if err := json.Unmarshal(body, &response); err != nil {
		return nil, err
	}
	return &response, nil
}

func storeHostMappings(m *hostMappings) error {
	payload, err := json.Marshal(m)
	if err != nil {
		return err
	}
	req, err := http.NewRequest("PUT", hostnameMappingsEndpoint, bytes.NewBuffer(payload))
	if err != nil {
		return err
	}
	resp, err := doAuthenticated(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("failed to write mappings: %s", resp.Status)
	}
	return nil
}

func createHostnameMappingLocked(d *resourceState, m interface{}) error {
	hostnameMappingMu.Lock()
	defer hostnameMappingMu.Unlock()

	response, err := fetchHostMappings()
	if err != nil {
		return err
	}

	hostname := d.Get("hostname").(string)
	for _, mapping := range response.Mapping {
		if strings.EqualFold(mapping.Hostname, hostname) {
			return fmt.Errorf("hostname mapping already exists")
		}
	}

	response.Mapping = append(response.Mapping, hostMapping{
		Hostname:  hostname,
		SecureDNS: d.Get("securedns").(bool),
		ZTNA:      d.Get("ztna").(bool),
		A:         d.Get("a").([]string),
		AAAA:      d.Get("aaaa").([]string),
	})

	if err := storeHostMappings(response); err != nil {
		return fmt.Errorf("failed to create hostname mapping: %w", err)
	}

	d.SetId(hostname)
	return nil
}
