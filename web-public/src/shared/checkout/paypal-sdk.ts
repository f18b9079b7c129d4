/**
 * PayPal's JavaScript SDK (v5 Smart Payment Buttons), loaded from PayPal as its terms require: the
 * few parts of its `window.paypal` global the deposit uses, typed by hand, and a loader that adds
 * the script once, only when a client chooses PayPal.
 */

/** What `onApprove` receives: the order the buyer approved in PayPal's window. */
export interface PayPalApproveData {
  orderID: string;
}

export interface PayPalApproveActions {
  /** Reopens PayPal's window on the same order (PayPal's answer to a declined funding source). */
  restart: () => Promise<void>;
}

export interface PayPalButtonsOptions {
  /** One button for one funding source (`'paypal'`): cards have their own choice on this page. */
  fundingSource?: 'paypal';
  style?: {
    layout?: 'vertical' | 'horizontal';
    color?: 'gold' | 'blue' | 'silver' | 'white' | 'black';
    shape?: 'rect' | 'pill' | 'sharp';
    label?: 'paypal' | 'checkout' | 'buynow' | 'pay';
    height?: number;
    tagline?: boolean;
  };
  /** The id of the order to approve (created by our server, never in the browser). */
  createOrder: () => Promise<string>;
  onApprove: (data: PayPalApproveData, actions: PayPalApproveActions) => Promise<void>;
  /** The buyer closed PayPal's window. */
  onCancel?: (data: { orderID?: string }) => void;
  /** Anything that went wrong, our `createOrder` throwing included. */
  onError?: (error: unknown) => void;
}

export interface PayPalButtonsComponent {
  isEligible: () => boolean;
  render: (container: HTMLElement) => Promise<void>;
  close: () => Promise<void>;
}

export interface PayPalNamespace {
  Buttons: (options: PayPalButtonsOptions) => PayPalButtonsComponent;
}

declare global {
  interface Window {
    paypal?: PayPalNamespace;
  }
}

/** The SDK's address for this client id: euros, immediate capture, French, the buttons only. */
export function payPalSdkUrl(clientId: string): string {
  const params = new URLSearchParams({
    'client-id': clientId,
    currency: 'EUR',
    intent: 'capture',
    locale: 'fr_FR',
    components: 'buttons',
  });
  return `https://www.paypal.com/sdk/js?${params.toString()}`;
}

let loading: { src: string; script: HTMLScriptElement; promise: Promise<PayPalNamespace> } | null = null;

/**
 * Adds PayPal's script to the page (once per client id: later calls share it) and resolves with
 * `window.paypal` when it has run. A failed load is forgotten so that a retry fetches it again.
 */
export function loadPayPal(clientId: string): Promise<PayPalNamespace> {
  const src = payPalSdkUrl(clientId);
  if (loading !== null && loading.src === src && loading.script.isConnected) return loading.promise;
  const script = document.createElement('script');
  script.src = src;
  script.async = true;
  const promise = new Promise<PayPalNamespace>((resolve, reject) => {
    const fail = () => {
      script.remove();
      if (loading?.script === script) loading = null;
      reject(new Error('PayPal SDK unavailable'));
    };
    script.addEventListener('load', () => {
      if (window.paypal === undefined) fail();
      else resolve(window.paypal);
    });
    script.addEventListener('error', fail);
  });
  loading = { src, script, promise };
  document.head.appendChild(script);
  return promise;
}
