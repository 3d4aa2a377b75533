/*
 * The emulator's Stripe.js: the few methods the shop's client-confirm path uses, talking to the emulator's API
 * with the publishable key and the PaymentIntent's client secret exactly as Stripe.js talks to Stripe's.
 *   Stripe(publishableKey) → { confirmMobilepayPayment(clientSecret, {return_url}, {handleActions}), retrievePaymentIntent(clientSecret) }
 * Load it before @stripe/stripe-js's loadStripe(), which then uses window.Stripe instead of fetching Stripe's script.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  // The API is where this script was loaded from: the emulator itself, or the shop's own origin, which passes Stripe.js's
  // calls on to it (app/api/stripe-emulator/[...path]/route.ts).
  var apiBase = script && script.src ? script.src.replace(/\/js\/stripe\.js(?:[?#].*)?$/, '') : window.location.origin;

  function intentIdOf(clientSecret) {
    var match = /^(pi_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+$/.exec(typeof clientSecret === 'string' ? clientSecret : '');
    return match ? match[1] : null;
  }

  function invalidSecret(method, clientSecret) {
    return {
      type: 'invalid_request_error',
      code: 'invalid_client_secret',
      message: 'Invalid value for ' + method + ': clientSecret should be a client secret of the form ${id}_secret_${secret}. You specified: ' + clientSecret + '.',
    };
  }

  /** Stripe's form encoding: nested objects as bracket keys. */
  function encode(params, prefix, pairs) {
    Object.keys(params).forEach(function (name) {
      var value = params[name];
      if (value === undefined || value === null) return;
      var key = prefix ? prefix + '[' + name + ']' : name;
      if (typeof value === 'object') encode(value, key, pairs);
      else pairs.push(encodeURIComponent(key) + '=' + encodeURIComponent(String(value)));
    });
    return pairs;
  }

  function request(method, path, key, params) {
    var body = encode(Object.assign({ key: key }, params), '', []).join('&');
    var init = method === 'GET' ? { method: 'GET' } : { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: body };
    return fetch(apiBase + path + (method === 'GET' ? '?' + body : ''), init).then(
      function (response) {
        return response.json().then(function (json) {
          return response.ok ? { paymentIntent: json } : { error: json.error || { type: 'api_error', message: 'Unexpected response' } };
        });
      },
      function () {
        return { error: { type: 'api_connection_error', message: 'Could not reach the Stripe emulator at ' + apiBase + '.' } };
      },
    );
  }

  function Stripe(publishableKey) {
    if (typeof publishableKey !== 'string' || !/^pk_test_/.test(publishableKey)) {
      throw new Error('Invalid API Key provided: the emulator\'s Stripe.js needs a pk_test_ publishable key.');
    }
    return {
      confirmMobilepayPayment: function (clientSecret, data, options) {
        var id = intentIdOf(clientSecret);
        if (!id) return Promise.resolve({ error: invalidSecret('confirmMobilepayPayment', clientSecret) });
        var params = {
          client_secret: clientSecret,
          return_url: data && data.return_url,
          payment_method: data && typeof data.payment_method === 'string' ? data.payment_method : undefined,
          payment_method_data: data && typeof data.payment_method === 'string' ? undefined : { type: 'mobilepay' },
        };
        return request('POST', '/v1/payment_intents/' + id + '/confirm', publishableKey, params).then(function (result) {
          var intent = result.paymentIntent;
          var handleActions = !options || options.handleActions !== false;
          if (intent && handleActions && intent.status === 'requires_action' && intent.next_action && intent.next_action.type === 'redirect_to_url') {
            window.location.assign(intent.next_action.redirect_to_url.url);
            return new Promise(function () {}); // like Stripe.js: the page is leaving, so the promise never settles
          }
          if (result.error && result.error.payment_intent) return { error: result.error, paymentIntent: result.error.payment_intent };
          return result;
        });
      },
      retrievePaymentIntent: function (clientSecret) {
        var id = intentIdOf(clientSecret);
        if (!id) return Promise.resolve({ error: invalidSecret('retrievePaymentIntent', clientSecret) });
        return request('GET', '/v1/payment_intents/' + id, publishableKey, { client_secret: clientSecret });
      },
    };
  }

  Stripe.version = 'endive';
  window.Stripe = Stripe;
})();
