/**
 * "Sign in with <provider>" for each identity provider the team server names: plain links to the
 * server's sign-in, which sends the browser to the provider's own page and back to `returnTo`.
 */
import { signInHref, type SignInOptions } from '../../share/signIn';

export function SignInButtons({ server, options, returnTo }: { server: string; options: SignInOptions; returnTo: string }) {
  return (
    <ul className="sign-in-buttons">
      {options.providers.map((provider) => (
        <li key={provider.id}>
          <a className="button" href={signInHref(server, provider.id, returnTo)}>
            Sign in with {provider.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
