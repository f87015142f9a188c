// The baseline of benchmarks/turns/run: the official botbuilder JS SDK (4.23.3, pinned in package-lock.json) echo bot,
// on node's http server, authenticating every inbound request against the benchmark's fake channel as it would against
// Teams (ToBotFromChannelOpenIdMetadataUrl, issuer, audience, endorsements, serviceurl claim).
// The one change from the sample: the outbound token. botbuilder asks MSAL, which refuses the fake channel's http
// authority, so BenchmarkCredentials makes the same client-credentials POST and caches the token as MSAL would.
const http = require('node:http');
const {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler, MessageFactory,
} = require('botbuilder');
const { MicrosoftAppCredentials, PasswordServiceClientCredentialFactory } = require('botframework-connector');

class BenchmarkCredentials extends MicrosoftAppCredentials {
  constructor(appId, password, scope, loginUrl) {
    super(appId, password, undefined, scope);
    this.loginUrl = loginUrl;
  }

  async getToken() {
    if (!this.cached || this.cached.renewAt < Date.now()) {
      this.cached = this.request ??= fetch(`${this.loginUrl}/oauth2/v2.0/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.appId, client_secret: this.appPassword, scope: `${this.oAuthScope}/.default` }),
      }).then(async response => {
        const body = await response.json();
        this.request = undefined;
        return { token: body.access_token, renewAt: Date.now() + (body.expires_in - 300) * 1000 };
      });
      this.cached = await this.cached;
    }
    return this.cached.token;
  }
}

class BenchmarkCredentialsFactory extends PasswordServiceClientCredentialFactory {
  async createCredentials(appId, audience) {
    this.credentials ??= new BenchmarkCredentials(appId, this.password, audience, process.env.LOGIN_URL);
    return this.credentials;
  }
}

const settings = {
  MicrosoftAppId: process.env.MicrosoftAppId,
  MicrosoftAppPassword: process.env.MicrosoftAppPassword,
  MicrosoftAppType: process.env.MicrosoftAppType,
  ToBotFromChannelOpenIdMetadataUrl: process.env.OPENID_METADATA_URL,
  ToBotFromChannelTokenIssuer: process.env.ISSUER,
  ToChannelFromBotLoginUrl: process.env.LOGIN_URL,
  ToChannelFromBotOAuthScope: process.env.ISSUER,
  ValidateAuthority: false,
};
const authentication = new ConfigurationBotFrameworkAuthentication(
  settings, new BenchmarkCredentialsFactory(settings.MicrosoftAppId, settings.MicrosoftAppPassword));
const adapter = new CloudAdapter(authentication);
adapter.onTurnError = async (context, error) => {
  console.error(error);
  await context.sendActivity('error');
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text}`));
      await next();
    });
  }
}
const bot = new EchoBot();

// The request and response shapes CloudAdapter.process expects (restify's and express's), over node's http.
http.createServer((req, res) => {
  if (req.method === 'GET') {
    res.writeHead(200).end('ok');
    return;
  }
  const chunks = [];
  req.on('data', chunk => chunks.push(chunk));
  req.on('end', async () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    const response = {
      socket: res.socket,
      statusCode: 200,
      body: undefined,
      status(code) { this.statusCode = code; return this; },
      header(name, value) { res.setHeader(name, value); return this; },
      send(value) { this.body = value; return this; },
      end() {
        const text = this.body === undefined ? '' : typeof this.body === 'string' ? this.body : JSON.stringify(this.body);
        res.writeHead(this.statusCode).end(text);
      },
    };
    try {
      await adapter.process({ body, headers: req.headers, method: req.method }, response, context => bot.run(context));
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
