// https://github.com/xanzy/go-gitlab/pull/828
// A basic-auth client exchanges username/password for an OAuth token and sends c.token with
// every request. When a request came back 401, Do took that as "the token expired" and called
// requestOAuthToken, which fetched a new token and overwrote c.token, with no lock and without
// looking whether the token had already been replaced. Do is called from many goroutines: all
// requests that failed with the old token refreshed it again, one after another, while other
// goroutines read c.token unsynchronised. The fix guards the token with an RWMutex; the refresh
// takes the write lock and returns the current token when it differs from the one the failed
// request used.
package gitlab

import (
	"context"
	"net/http"
	"strings"

	"golang.org/x/oauth2"
)

type Client struct {
	client   *http.Client
	baseURL  string
	username string
	password string
	token    string
}

// Do is called concurrently by every service of the client (Projects, Issues, ...).
func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)

	resp, err := c.client.Do(req)
	if err != nil {
		return nil, err
	}

	if resp.StatusCode == http.StatusUnauthorized {
		resp.Body.Close()
		// The token most likely expired: get a new one and try again.
		if err := c.requestOAuthToken(req.Context()); err != nil { // Noncompliant
			return nil, err
		}
		return c.Do(req)
	}
	return resp, nil
}

func (c *Client) requestOAuthToken(ctx context.Context) error {
	config := &oauth2.Config{
		Endpoint: oauth2.Endpoint{
			AuthURL:  strings.TrimSuffix(c.baseURL, "/api/v4/") + "/oauth/authorize",
			TokenURL: strings.TrimSuffix(c.baseURL, "/api/v4/") + "/oauth/token",
		},
	}
	ctx = context.WithValue(ctx, oauth2.HTTPClient, c.client)
	t, err := config.PasswordCredentialsToken(ctx, c.username, c.password)
	if err != nil {
		return err
	}
	c.token = t.AccessToken
	return nil
}
