// https://github.com/xanzy/go-gitlab/pull/828
// Fixed version: the token is read under a read lock, and the refresh takes the write lock and
// skips the token request when the token already differs from the one the failed request sent.
package gitlab

import (
	"context"
	"net/http"
	"strings"
	"sync"

	"golang.org/x/oauth2"
)

type BasicAuthClient struct {
	client    *http.Client
	baseURL   string
	username  string
	password  string
	tokenLock sync.RWMutex
	token     string
}

func (c *BasicAuthClient) Do(req *http.Request) (*http.Response, error) {
	c.tokenLock.RLock()
	basicAuthToken := c.token
	c.tokenLock.RUnlock()
	req.Header.Set("Authorization", "Bearer "+basicAuthToken)

	resp, err := c.client.Do(req)
	if err != nil {
		return nil, err
	}

	if resp.StatusCode == http.StatusUnauthorized {
		resp.Body.Close()
		if _, err := c.refreshOAuthToken(req.Context(), basicAuthToken); err != nil {
			return nil, err
		}
		return c.Do(req)
	}
	return resp, nil
}

func (c *BasicAuthClient) refreshOAuthToken(ctx context.Context, used string) (string, error) {
	c.tokenLock.Lock()
	defer c.tokenLock.Unlock()

	// Another request already replaced the token while we waited for the lock.
	if c.token != used {
		return c.token, nil
	}

	config := &oauth2.Config{
		Endpoint: oauth2.Endpoint{
			AuthURL:  strings.TrimSuffix(c.baseURL, "/api/v4/") + "/oauth/authorize",
			TokenURL: strings.TrimSuffix(c.baseURL, "/api/v4/") + "/oauth/token",
		},
	}
	ctx = context.WithValue(ctx, oauth2.HTTPClient, c.client)
	t, err := config.PasswordCredentialsToken(ctx, c.username, c.password)
	if err != nil {
		return "", err
	}
	c.token = t.AccessToken
	return c.token, nil
}
