export { LoginForm } from './LoginForm';
export { LoginPage } from './LoginPage';
